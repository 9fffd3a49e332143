#pragma once

#include "enhancedstatus.h"

#include <QCoreApplication>
#include <QString>

namespace hongyan {

// Plain-language meanings of SMTP reply codes (RFC 5321) and enhanced status codes
// (RFC 3463, RFC 7372 and the registry), translated. An empty string when unknown.
class ReplyCodeCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ReplyCodeCatalogue)

public:
    static QString explainCode(int code);
    static QString explainEnhanced(const smtp::EnhancedStatus& status);
    // The most specific explanation: the enhanced code's when known, else the reply code's.
    static QString explain(int code, const smtp::EnhancedStatus& status);
};

} // namespace hongyan
