#pragma once

#include "discoveredserver.h"
#include "providerpreset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hongyan {

// The built-in provider presets (resources/providers.json, embedded as :/providers.json):
// lookup by address domain, aliases included (foxmail.com is QQ Mail, hotmail.com is
// Outlook.com), or by MX host for domains a provider hosts. Notes and provider names are
// translated here, keyed by the data file, so the data stays free of language.
class ProviderPresets
{
    Q_DECLARE_TR_FUNCTIONS(ProviderPresets)

public:
    // Loads the embedded presets, or `path` (tests). A broken file loads nothing and says
    // why in errorString(): a half-read preset list would give wrong settings silently.
    explicit ProviderPresets(const QString& path = defaultPath());

    static QString defaultPath();
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    const QList<ProviderPreset>& presets() const { return m_presets; }
    std::optional<ProviderPreset> forAddress(const QString& address) const;
    std::optional<ProviderPreset> forDomain(const QString& domain) const;
    // The provider whose mxSuffixes cover `mxHost` ("mxbiz1.qq.com" → Tencent Exmail).
    std::optional<ProviderPreset> forMailExchanger(const QString& mxHost) const;

    // The server settings of `preset` for `address`, marked as coming from `source`.
    static DiscoveredServer suggestion(const ProviderPreset& preset, const QString& address,
                                       const SettingsSource& source);

    // The lower-case domain of an address ("Zhang@163.COM" → "163.com"); empty without '@'.
    static QString domainOf(const QString& address);
    // The translated note for a note key; empty for an unknown key.
    static QString noteText(const QString& noteKey);
    // The translated provider name (the data file's English name when none is known).
    static QString displayName(const ProviderPreset& preset);
    // Every note key and provider name the translations know, for consistency checks.
    static QStringList knownNoteKeys();
    static QStringList knownProviderNames();

private:
    bool load(const QString& path);

    QList<ProviderPreset> m_presets;
    QString m_error;
};

} // namespace hongyan
