#include "base64stream.h"

#include <array>

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
    while (size >= LineInput) {
        for (int group = 0; group < LineInput / 3; ++group) {
            out = encodeGroup(in, out);
            in += 3;
        }
        out[0] = '\r';
        out[1] = '\n';
        out += 2;
        size -= LineInput;
    }
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
