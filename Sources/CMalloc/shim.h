// glibc's malloc extensions (malloc_trim), which its Swift module does not export.
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
