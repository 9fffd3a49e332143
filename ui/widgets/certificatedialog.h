#pragma once

#include "tlsfacts.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CertificateDialog;
}

namespace hongyan {

// The certificate a server presented: subject, issuer, names, validity, SHA-256 and serial
// of each certificate in the chain, what is wrong with it in words, and a button that asks
// for exactly this certificate to be trusted (pinned) for this host and port.
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CertificateDialog(QWidget* parent = nullptr);
    ~CertificateDialog() override;

    // `problem`: the headline of what is wrong (empty when the certificate was accepted);
    // `details`: the explanation, naming the certificate, its owner and dates.
    void setCertificate(const QString& host, quint16 port, const smtp::TlsFacts& tls,
                        const QString& problem, const QString& details);
    // Whether the server's certificate is the one pinned for host:port.
    void setPinned(bool pinned);

signals:
    // Pin the server's certificate (the leaf) for host:port: its SHA-256, raw 32 bytes.
    void trustRequested(const QByteArray& sha256);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showCertificate(int index);
    void updateTexts();

    std::unique_ptr<Ui::CertificateDialog> m_ui;
    QString m_host;
    quint16 m_port = 0;
    smtp::TlsFacts m_tls;
    QString m_problem;
    QString m_details;
    bool m_pinned = false;
};

} // namespace hongyan
