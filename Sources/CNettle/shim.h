#include <stddef.h>
#include <stdint.h>
#include <nettle/sha2.h>
#include <nettle/version.h>

/// The SHA-256 of `count` bytes at `bytes`, into `digest` (32 bytes).
static inline void vanban_sha256(const uint8_t *bytes, size_t count, uint8_t *digest) {
    struct sha256_ctx context;
    sha256_init(&context);
    sha256_update(&context, count, bytes);
#if NETTLE_VERSION_MAJOR >= 4
    sha256_digest(&context, digest);  /* Nettle 4 takes no length (untested here: Debian 12 has 3.8) */
#else
    sha256_digest(&context, SHA256_DIGEST_SIZE, digest);
#endif
}
