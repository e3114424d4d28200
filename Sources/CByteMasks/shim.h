// One bit per lane of a sixteen-byte comparison, in one instruction where the CPU has one
// (SSE2's pmovmskb): the Swift standard library has no such operation. Header only, inlined.
#include <stdint.h>

typedef int8_t vb_lanes16 __attribute__((ext_vector_type(16)));

#if defined(__SSE2__)
#include <emmintrin.h>
#define VB_HAS_MOVEMASK 1
/// Bit t set where lane t's high bit is set.
static inline uint32_t vb_movemask16(vb_lanes16 m) { return (uint32_t)_mm_movemask_epi8((__m128i)m); }
#endif
