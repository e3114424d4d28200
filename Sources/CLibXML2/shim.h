#include <libxml/xmlversion.h>
// libxml2's encoding.h would include the system ICU headers, which clash with the ICU module
// that Foundation ships. vanban converts encodings itself and only passes pointers to libxml2.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
// xmlFree is a global function pointer; Swift 6 cannot call it directly.
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }
