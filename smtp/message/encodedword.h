#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace smtp {

// RFC 2047 encoded words ("=?UTF-8?B?...?="): how non-ASCII text travels in 7-bit headers.
// Encoding always uses UTF-8, picks B or Q by whichever is shorter, keeps every word within
// 75 characters and never splits a character between words, so each word decodes to valid
// UTF-8 on its own. Decoding accepts any charset Qt knows (GBK, Big5, ISO-8859-x…).
class EncodedWord
{
public:
    enum class Encoding { B, Q };
    // Phrase (display names, and quoted parameter values) allows fewer literal characters
    // in Q encoding than Text (unstructured fields such as Subject); RFC 2047 §5.
    enum class Context { Text, Phrase };

    static constexpr int MaxLength = 75;
    static constexpr int Overhead = 12; // "=?UTF-8?B?" and "?="

    // The shorter encoding for text, Q on a tie because it stays readable.
    static Encoding chooseEncoding(QStringView text, Context context);

    struct Piece
    {
        QByteArray word;
        qsizetype consumed = 0; // UTF-16 units of the input taken into word
    };
    // The longest prefix of text that fits in one word of at most maxLength characters.
    // consumed is 0 when not even the first character fits.
    static Piece encodePrefix(QStringView text, Encoding encoding, Context context,
                              int maxLength = MaxLength);
    // All of text as words of at most maxLength characters (the caller separates them
    // with folding white space).
    static QList<QByteArray> encode(QStringView text, Context context = Context::Text,
                                    int maxLength = MaxLength);
    // One encoded word, or nothing when word is not well-formed or its charset is unknown.
    static std::optional<QString> decodeWord(QStringView word);
    // Header text with encoded words among ordinary words. White space between two adjacent
    // encoded words is dropped (RFC 2047 §6.2); words in the same charset are decoded
    // together so that a character a sender split across words is still decoded.
    static QString decodeText(QStringView text);
    static bool looksEncoded(QStringView word);
};

} // namespace smtp
