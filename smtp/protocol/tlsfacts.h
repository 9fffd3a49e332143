#pragma once

#include "certificatesummary.h"
#include "note.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace smtp {

// One reason a certificate was not trusted, as data the UI can explain and translate.
struct CertificateProblem
{
    QSslError::SslError error = QSslError::NoError;
    // One short sentence, ours for the common problems and Qt's for the rare ones: its text
    // is English for logs, the CLI's --json and the engine's detail; the GUI translates it.
    Note description;
    int certificateIndex = -1; // into TlsFacts::peerChain, -1 when not tied to one

    static Note describe(const QSslError& error);
    // The handshake's errors, each tied to its certificate in `chain` when it names one.
    static QList<CertificateProblem> fromErrors(const QList<QSslError>& errors,
                                                const QList<QSslCertificate>& chain);
};

// What is known about the TLS session (or the failed attempt at one).
struct TlsFacts
{
    bool encrypted = false;
    QString protocol; // "TLSv1.3"
    QString cipher;   // "TLS_AES_256_GCM_SHA384"
    int cipherBits = 0;
    QList<CertificateSummary> peerChain; // leaf first
    QList<CertificateProblem> problems;  // empty when the chain verified
    // The chain verified against the trusted CAs and the host name matched.
    bool verified = false;
    // The leaf matched the configured SHA-256 pin (and was accepted because of it).
    bool pinned = false;

    static QString protocolName(int sslProtocol);
    // The problems' sentences, "; " between them.
    Note problemsNote() const;
};

} // namespace smtp
