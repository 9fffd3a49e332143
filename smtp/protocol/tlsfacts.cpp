#include "tlsfacts.h"

#include <QSsl>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

QString TlsFacts::protocolName(int sslProtocol)
{
    switch (static_cast<QSsl::SslProtocol>(sslProtocol)) {
    case QSsl::TlsV1_2:
        return u"TLSv1.2"_s;
    case QSsl::TlsV1_3:
        return u"TLSv1.3"_s;
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
    case QSsl::TlsV1_0:
        return u"TLSv1.0"_s;
    case QSsl::TlsV1_1:
        return u"TLSv1.1"_s;
        QT_WARNING_POP
    case QSsl::DtlsV1_2:
        return u"DTLSv1.2"_s;
    default:
        return u"unknown"_s;
    }
}

} // namespace smtp
