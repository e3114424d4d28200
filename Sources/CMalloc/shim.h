// glibc's allocator settings (mallopt), for the command layer only.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
