#include "providerpreset.h"

namespace hongyan {

QString ProviderPreset::userNameFor(const QString& address) const
{
    const QString trimmed = address.trimmed();
    if (userName == UserName::LocalPart) {
        const qsizetype at = trimmed.lastIndexOf(u'@');
        return at < 0 ? trimmed : trimmed.left(at);
    }
    return trimmed;
}

} // namespace hongyan
