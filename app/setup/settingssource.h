#pragma once

#include <QCoreApplication>
#include <QString>

namespace hongyan {

// Where an account's server settings came from. It is shown beside the settings and kept
// with the account (Account::settingsSource holds key()), so the user always knows whose
// word the settings rest on: a built-in preset, the provider's own autoconfig file, DNS,
// or merely a server that answered.
class SettingsSource
{
    Q_DECLARE_TR_FUNCTIONS(SettingsSource)

public:
    enum class Kind { Manual, Preset, Autoconfig, Srv, MailExchanger, Probe };

    SettingsSource() = default;
    SettingsSource(Kind kind, const QString& origin);

    Kind kind() const { return m_kind; }
    // The domain (preset), URL (autoconfig), record name (SRV), MX host or host:port (probe).
    QString origin() const { return m_origin; }

    // A stable, untranslated form for settings files: "preset:163.com",
    // "autoconfig:https://…", "srv:_submissions._tcp.example.com", "mx:…", "probe:host:port",
    // "manual".
    QString key() const;
    // Unknown or empty keys read as Manual.
    static SettingsSource fromKey(const QString& key);
    // One translated sentence for the account editor.
    QString description() const;

    bool operator==(const SettingsSource& other) const = default;

private:
    Kind m_kind = Kind::Manual;
    QString m_origin;
};

} // namespace hongyan
