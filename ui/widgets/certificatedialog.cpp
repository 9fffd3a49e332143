#include "certificatedialog.h"

#include "ui_certificatedialog.h"

#include <QEvent>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

QString hostPort(const QString& host, quint16 port)
{
    return host.contains(u':') ? u"[%1]:%2"_s.arg(host).arg(port) : u"%1:%2"_s.arg(host).arg(port);
}

// Colon-separated hex (fingerprints, serial numbers) does not wrap by itself: 16 bytes a line.
QString hexLines(const QString& hex)
{
    const QStringList bytes = hex.split(u':');
    QStringList lines;
    for (qsizetype i = 0; i < bytes.size(); i += 16)
        lines.append(bytes.mid(i, 16).join(u':'));
    return lines.join(u'\n');
}

void colour(QLabel* label, const QColor& colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

} // namespace

CertificateDialog::CertificateDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CertificateDialog>())
{
    m_ui->setupUi(this);
    QFont bold = m_ui->statusLabel->font();
    bold.setBold(true);
    m_ui->statusLabel->setFont(bold);
    connect(m_ui->chainList, &QListWidget::currentRowChanged, this,
            &CertificateDialog::showCertificate);
    // Room for a distinguished name and two lines of fingerprint side by side.
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().lineSpacing() * 36);
    connect(m_ui->trustButton, &QPushButton::clicked, this, [this] {
        if (!m_tls.peerChain.isEmpty())
            emit trustRequested(m_tls.peerChain.constFirst().sha256);
    });
}

CertificateDialog::~CertificateDialog() = default;

void CertificateDialog::setCertificate(const QString& host, quint16 port, const smtp::TlsFacts& tls,
                                       const QString& problem, const QString& details)
{
    m_host = host;
    m_port = port;
    m_tls = tls;
    m_problem = problem;
    m_details = details;
    m_pinned = tls.pinned;
    updateTexts();
    m_ui->chainList->setCurrentRow(tls.peerChain.isEmpty() ? -1 : 0);
}

void CertificateDialog::setPinned(bool pinned)
{
    m_pinned = pinned;
    updateTexts();
}

void CertificateDialog::updateTexts()
{
    const QString where = hostPort(m_host, m_port);
    m_ui->hostLabel->setText(tr("The certificate presented by %1.").arg(where));

    if (!m_problem.isEmpty() && !m_pinned) {
        m_ui->statusLabel->setText(m_problem);
        colour(m_ui->statusLabel, QColor(0xc0, 0x39, 0x2b));
    } else if (m_pinned) {
        m_ui->statusLabel->setText(
            tr("Accepted: this is the certificate pinned for %1.").arg(where));
        colour(m_ui->statusLabel, QColor(0x1e, 0x84, 0x49));
    } else if (m_tls.verified) {
        m_ui->statusLabel->setText(tr("Trusted: issued by an authority this computer trusts, "
                                      "for the name %1.")
                                       .arg(m_host));
        colour(m_ui->statusLabel, QColor(0x1e, 0x84, 0x49));
    } else {
        m_ui->statusLabel->setText(tr("Not verified."));
        colour(m_ui->statusLabel, QColor(0xc0, 0x39, 0x2b));
    }
    m_ui->problemsLabel->setText(m_pinned ? QString() : m_details);
    m_ui->problemsLabel->setVisible(!m_pinned && !m_details.isEmpty());

    const int current = m_ui->chainList->currentRow();
    m_ui->chainList->clear();
    for (qsizetype i = 0; i < m_tls.peerChain.size(); ++i) {
        const smtp::CertificateSummary& certificate = m_tls.peerChain.at(i);
        m_ui->chainList->addItem(i == 0 ? tr("Server: %1").arg(certificate.subject)
                                        : tr("Authority: %1").arg(certificate.subject));
    }
    if (current >= 0 && current < m_ui->chainList->count())
        m_ui->chainList->setCurrentRow(current);

    m_ui->trustButton->setText(tr("&Trust this certificate for %1").arg(where));
    m_ui->trustButton->setEnabled(!m_pinned && !m_tls.peerChain.isEmpty());
    m_ui->trustNoteLabel->setText(
        m_pinned ? tr("The account accepts exactly this certificate for %1. If the server ever "
                      "presents a different one, the check fails again.")
                       .arg(where)
                 : tr("Trust it only after confirming the SHA-256 fingerprint with the server's "
                      "administrator. Hongyan will then accept exactly this certificate for %1; "
                      "if the server later presents a different one, the check fails again.")
                       .arg(where));
}

void CertificateDialog::showCertificate(int index)
{
    if (index < 0 || index >= m_tls.peerChain.size()) {
        m_ui->detailsView->clear();
        return;
    }
    const smtp::CertificateSummary& certificate = m_tls.peerChain.at(index);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The language's own date format (Translations::install sets the default locale).
    const QLocale format;
    const QString from = format.toString(certificate.notBefore.toLocalTime(), QLocale::LongFormat);
    const QString until = format.toString(certificate.notAfter.toLocalTime(), QLocale::LongFormat);
    QString html = u"<table cellspacing=\"4\">"_s;
    const auto row = [&html](const QString& title, const QString& value, bool fixed = false) {
        html += u"<tr><td style=\"white-space:pre\"><b>"_s + title.toHtmlEscaped() +
                (fixed ? u"</b></td><td style=\"white-space:pre\"><tt>"_s : u"</b></td><td>"_s) +
                value.toHtmlEscaped() + (fixed ? u"</tt>"_s : QString()) + u"</td></tr>"_s;
    };
    row(tr("Issued to:"), certificate.subject);
    row(tr("Issued by:"), certificate.selfSigned
                              ? tr("%1 (itself: self-signed)").arg(certificate.issuer)
                              : certificate.issuer);
    row(tr("Names (SAN):"), certificate.subjectAlternativeNames.isEmpty()
                                ? tr("none")
                                : certificate.subjectAlternativeNames.join(u", "_s));
    row(tr("Valid from:"), certificate.notBefore > now ? tr("%1 (not yet valid)").arg(from) : from);
    row(tr("Valid until:"), certificate.notAfter < now ? tr("%1 (expired)").arg(until) : until);
    row(tr("SHA-256:"), hexLines(certificate.sha256Hex()), true);
    row(tr("Serial number:"), hexLines(certificate.serialNumber), true);
    html += u"</table>"_s;
    m_ui->detailsView->setHtml(html.replace(u"\n"_s, u"<br>"_s));
}

void CertificateDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
        showCertificate(m_ui->chainList->currentRow());
    }
    QDialog::changeEvent(event);
}

} // namespace hongyan
