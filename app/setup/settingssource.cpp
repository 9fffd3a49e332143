#include "settingssource.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

constexpr std::array<std::pair<SettingsSource::Kind, QStringView>, 5> Prefixes{{
    {SettingsSource::Kind::Preset, u"preset"},
    {SettingsSource::Kind::Autoconfig, u"autoconfig"},
    {SettingsSource::Kind::Srv, u"srv"},
    {SettingsSource::Kind::MailExchanger, u"mx"},
    {SettingsSource::Kind::Probe, u"probe"},
}};

} // namespace

SettingsSource::SettingsSource(Kind kind, const QString& origin)
    : m_kind(kind)
    , m_origin(kind == Kind::Manual ? QString() : origin)
{}

QString SettingsSource::key() const
{
    for (const auto& [kind, prefix] : Prefixes) {
        if (kind == m_kind)
            return prefix.toString() + u':' + m_origin;
    }
    return u"manual"_s;
}

SettingsSource SettingsSource::fromKey(const QString& key)
{
    const qsizetype colon = key.indexOf(u':');
    if (colon < 0)
        return {};
    const QStringView prefix = QStringView(key).left(colon);
    for (const auto& [kind, name] : Prefixes) {
        if (prefix == name)
            return SettingsSource(kind, key.mid(colon + 1));
    }
    return {};
}

QString SettingsSource::description() const
{
    switch (m_kind) {
    case Kind::Manual:
        return tr("Entered by hand.");
    case Kind::Preset:
        return tr("From Hongyan's built-in settings for %1.").arg(m_origin);
    case Kind::Autoconfig:
        return tr("From the provider's autoconfig file at %1.").arg(m_origin);
    case Kind::Srv:
        return tr("From the DNS SRV record %1.").arg(m_origin);
    case Kind::MailExchanger:
        return tr("The domain's mail server %1 belongs to a known provider; these are that "
                  "provider's settings.")
            .arg(m_origin);
    case Kind::Probe:
        return tr("Found by trying %1: a mail server answered there. No provider confirmed "
                  "these settings.")
            .arg(m_origin);
    }
    return {};
}

} // namespace hongyan
