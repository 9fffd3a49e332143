#include "base64stream.h"

#include <array>

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>
#define HONGYAN_BASE64_SSSE3 1
#endif

namespace smtp {

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Two output characters for every 12-bit value: one lookup per half of a 3-byte group.
constexpr std::array<char, 2 * 4096> makePairs()
{
    std::array<char, 2 * 4096> pairs{};
    for (int i = 0; i < 4096; ++i) {
        pairs[2 * i] = Alphabet[i >> 6];
        pairs[2 * i + 1] = Alphabet[i & 63];
    }
    return pairs;
}

constexpr std::array<char, 2 * 4096> Pairs = makePairs();

inline char* encodeGroup(const unsigned char* in, char* out)
{
    const unsigned value = (unsigned(in[0]) << 16) | (unsigned(in[1]) << 8) | in[2];
    const char* high = &Pairs[2 * (value >> 12)];
    const char* low = &Pairs[2 * (value & 0xfff)];
    out[0] = high[0];
    out[1] = high[1];
    out[2] = low[0];
    out[3] = low[1];
    return out + 4;
}

// Full lines, the scalar way.
const unsigned char* encodeFullLinesScalar(const unsigned char* in, qsizetype lines, char*& out)
{
    for (; lines > 0; --lines) {
        for (int group = 0; group < Base64Stream::LineInput / 3; ++group) {
            out = encodeGroup(in, out);
            in += 3;
        }
        out[0] = '\r';
        out[1] = '\n';
        out += 2;
    }
    return in;
}

#ifdef HONGYAN_BASE64_SSSE3
// 12 input bytes (the low 12 of the 16 loaded) to 16 characters, with SSSE3 (W. Muła and
// D. Lemire, "Faster Base64 Encoding and Decoding Using AVX2 Instructions", 2018): every
// 3-byte group is spread over a 32-bit lane, its four 6-bit values are moved into the four
// bytes with two multiplications, and each value gets the offset of its alphabet range.
__attribute__((target("ssse3"))) inline __m128i encode12(__m128i input)
{
    const __m128i in =
        _mm_shuffle_epi8(input, _mm_set_epi8(10, 11, 9, 10, 7, 8, 6, 7, 4, 5, 3, 4, 1, 2, 0, 1));
    const __m128i high =
        _mm_mulhi_epu16(_mm_and_si128(in, _mm_set1_epi32(0x0fc0fc00)), _mm_set1_epi32(0x04000040));
    const __m128i low =
        _mm_mullo_epi16(_mm_and_si128(in, _mm_set1_epi32(0x003f03f0)), _mm_set1_epi32(0x01000010));
    const __m128i values = _mm_or_si128(high, low); // one 6-bit value per byte
    // Range index: 0..25 -> 13, 26..51 -> 0, 52..61 -> 1..10, 62 -> 11, 63 -> 12.
    __m128i range = _mm_subs_epu8(values, _mm_set1_epi8(51));
    const __m128i upper = _mm_cmpgt_epi8(_mm_set1_epi8(26), values);
    range = _mm_or_si128(range, _mm_and_si128(upper, _mm_set1_epi8(13)));
    const __m128i offsets =
        _mm_setr_epi8('a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
                      '0' - 52, '0' - 52, '0' - 52, '0' - 52, '+' - 62, '/' - 63, 'A', 0, 0);
    return _mm_add_epi8(_mm_shuffle_epi8(offsets, range), values);
}

// Full lines: 48 of a line's 57 bytes in four SIMD steps (each load stays inside the line),
// the last 9 bytes as three groups.
__attribute__((target("ssse3"))) const unsigned char*
encodeFullLinesSsse3(const unsigned char* in, qsizetype lines, char*& out)
{
    for (; lines > 0; --lines) {
        for (int step = 0; step < 4; ++step) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out), encode12(block));
            in += 12;
            out += 16;
        }
        for (int group = 0; group < 3; ++group) {
            out = encodeGroup(in, out);
            in += 3;
        }
        out[0] = '\r';
        out[1] = '\n';
        out += 2;
    }
    return in;
}
#endif

} // namespace

qint64 Base64Stream::encodedSize(qint64 size)
{
    const qint64 fullLines = size / LineInput;
    const qint64 rest = size % LineInput;
    return fullLines * LineOutput + (rest ? (rest + 2) / 3 * 4 + 2 : 0);
}

qsizetype Base64Stream::encodeLines(const char* input, qsizetype size, char* out)
{
    const auto* in = reinterpret_cast<const unsigned char*>(input);
    char* const start = out;
    // A large attachment is almost all full lines: with SSSE3 (every x86-64 CPU since 2006,
    // but not in the baseline the distribution compiles for) they encode about 3x faster.
    const qsizetype lines = size / LineInput;
#ifdef HONGYAN_BASE64_SSSE3
    // Asked on first use, not with __builtin_cpu_supports: that links libgcc's start-up CPU
    // survey into the program, a dozen CPUID instructions in every process (each one a trap
    // to the hypervisor on a virtual machine, ~56 us a run), attachment or not.
    static const bool ssse3 = [] {
        unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
        return __get_cpuid(1, &eax, &ebx, &ecx, &edx) && (ecx & bit_SSSE3) != 0;
    }();
    in = ssse3 ? encodeFullLinesSsse3(in, lines, out) : encodeFullLinesScalar(in, lines, out);
#else
    in = encodeFullLinesScalar(in, lines, out);
#endif
    size -= lines * LineInput;
    if (size > 0) {
        while (size >= 3) {
            out = encodeGroup(in, out);
            in += 3;
            size -= 3;
        }
        if (size > 0) {
            const unsigned char tail[3] = {in[0], size > 1 ? in[1] : (unsigned char)0, 0};
            encodeGroup(tail, out);
            out[3] = '=';
            if (size == 1)
                out[2] = '=';
            out += 4;
        }
        out[0] = '\r';
        out[1] = '\n';
        out += 2;
    }
    return out - start;
}

QByteArray Base64Stream::encode(QByteArrayView input)
{
    QByteArray out(encodedSize(input.size()), Qt::Uninitialized);
    encodeLines(input.data(), input.size(), out.data());
    return out;
}

} // namespace smtp
