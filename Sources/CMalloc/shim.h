// glibc's process-level calls, for the command layer only: the allocator's settings (mallopt) and
// the auxiliary vector the kernel starts a process with (getauxval: which file was started).
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
#if __has_include(<sys/auxv.h>)
#include <sys/auxv.h>
#endif
