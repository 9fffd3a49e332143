#pragma once

#include "clioptions.h"
#include "envelope.h"
#include "messagebuilder.h"

#include <QCoreApplication>
#include <QIODevice>

#include <memory>

namespace hongyan::cli {

// The message hongyan-cli sends or writes: composed from the message options, or an .eml
// file taken as it is (--eml), with its envelope. Errors name the flag and the bad part.
class CliMessage
{
    Q_DECLARE_TR_FUNCTIONS(CliMessage)

public:
    enum class Purpose { Send, WriteFile };
    // `defaultFrom` (a saved account's address) is used when --from is not given. A file
    // keeps its Bcc field (sendmail -t and send --eml strip it when sending). With --eml,
    // the first file; openEml() opens the others.
    bool prepare(const CliOptions& options, const QString& defaultFrom, Purpose purpose,
                 QString* error);
    // The .eml file at `path`, with the command line's addresses replacing its own.
    bool openEml(const CliOptions& options, const QString& path, QString* error);

    QIODevice* device() const { return m_device.get(); }
    const smtp::Envelope& envelope() const { return m_envelope; }

private:
    bool compose(const CliOptions& options, const QString& defaultFrom, Purpose purpose,
                 QString* error);

    smtp::MessageBuilder m_builder;
    std::unique_ptr<QIODevice> m_device;
    smtp::Envelope m_envelope;
};

} // namespace hongyan::cli
