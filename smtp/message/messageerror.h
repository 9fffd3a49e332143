#pragma once

#include <QString>

namespace smtp {

// Why a piece of message input was refused, as a value: what went wrong (code), where
// (field, such as "To" or a file path), the offending text and its position in the input
// (UTF-16 index, -1 when not applicable). The UI translates from the code; toString() is
// English for logs and the CLI's --json output and is deliberately not translatable.
class MessageError
{
public:
    enum class Code {
        None,
        EmptyInput,
        ControlCharacter, // CR, LF, NUL or another control character
        UnexpectedCharacter,
        UnterminatedQuotedString,
        UnterminatedComment,
        UnterminatedAngleAddress,
        MissingAngleAddress, // a display name without <addr-spec>
        MissingAtSign,
        EmptyLocalPart,
        InvalidLocalPart,
        EmptyDomain,
        InvalidDomain,
        AddressTooLong,
        UnterminatedGroup,
        NestedGroup,
        NotASingleMailbox,
        MissingFrom,
        InvalidMessageId,
        InvalidContentId,
        InvalidMimeType,
        FileNotReadable,
        FileChanged,
        FileWriteFailed,
        MalformedHeader,
        HeaderTooLong,
    };

    MessageError() = default;
    MessageError(Code code, QString field, QString text = {}, qsizetype position = -1)
        : m_code(code)
        , m_field(std::move(field))
        , m_text(std::move(text))
        , m_position(position)
    {}

    bool isError() const { return m_code != Code::None; }
    Code code() const { return m_code; }
    QString field() const { return m_field; }
    QString text() const { return m_text; }
    qsizetype position() const { return m_position; }

    static QString codeName(Code code);
    QString toString() const;

    friend bool operator==(const MessageError&, const MessageError&) = default;

private:
    Code m_code = Code::None;
    QString m_field;
    QString m_text;
    qsizetype m_position = -1;
};

} // namespace smtp
