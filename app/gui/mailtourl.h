#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace hongyan {

// A mailto: URL (RFC 6068) as a new message: the addresses of the path and of "to"
// fields go to To; "cc", "bcc", "subject" and "body" fill their fields. Other fields are
// ignored, as RFC 6068 §3 allows: From, Sender and arbitrary headers are not safe to take
// from a link, and the compose window has no place to show In-Reply-To or Keywords.
// Percent-encoding is UTF-8; '+' is a plus sign, not a space.
class MailtoUrl
{
    Q_DECLARE_TR_FUNCTIONS(MailtoUrl)

public:
    // On failure, *error says why in the user's language.
    static std::optional<MailtoUrl> parse(const QString& text, QString* error = nullptr);
    static bool isMailto(const QString& text);

    QStringList to; // each element an address or an address list, as decoded
    QStringList cc;
    QStringList bcc;
    QString subject;
    QString body; // line breaks as '\n'
};

} // namespace hongyan
