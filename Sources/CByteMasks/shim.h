// One bit per lane of a sixteen-byte comparison, in one instruction where the CPU has one
// (SSE2's pmovmskb), and the count of true lanes: the Swift standard library has no such
// operations. Header only, inlined.
#include <stdint.h>

typedef int8_t vb_lanes16 __attribute__((ext_vector_type(16)));

#if defined(__SSE2__)
#include <emmintrin.h>
/// Bit t set where lane t's high bit is set.
static inline uint32_t vb_movemask16(vb_lanes16 m) { return (uint32_t)_mm_movemask_epi8((__m128i)m); }

/// How many lanes are true (all ones) in a comparison's result, by SSE2's sum of absolute
/// differences (psadbw): the baseline x86-64 has no popcnt instruction.
static inline uint32_t vb_count16(vb_lanes16 m) {
    __m128i ones = _mm_and_si128((__m128i)m, _mm_set1_epi8(1));
    __m128i sums = _mm_sad_epu8(ones, _mm_setzero_si128());
    return (uint32_t)(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
}
#endif
