#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
// xmlFree is a global function pointer; Swift 6 cannot call it directly.
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }
