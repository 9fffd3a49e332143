#include "mainwindow.h"

#include "attachmentlist.h"
#include "composeform.h"
#include "documentsfolder.h"
#include "notificationbar.h"
#include "sendprogresswidget.h"
#include "themedicon.h"
#include "transcriptmodel.h"
#include "transcriptpane.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDataStream>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QScreen>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

QStringList droppedFiles(const QMimeData* data)
{
    QStringList paths;
    if (!data->hasUrls())
        return paths;
    const QList<QUrl> urls = data->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    applyIcons();
    updateToolbarTexts();
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    m_ui->sendProgress->hide();

    connect(m_ui->actionNewMessage, &QAction::triggered, this, &MainWindow::newMessageRequested);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseEmlToOpen);
    connect(m_ui->actionSaveDraft, &QAction::triggered, this, &MainWindow::saveDraftRequested);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::chooseSaveAsPath);
    connect(m_ui->actionOutbox, &QAction::triggered, this, &MainWindow::outboxRequested);
    connect(m_ui->actionKeepSent, &QAction::toggled, this, &MainWindow::keepSentMessagesChanged);
    connect(m_ui->actionCloseWindow, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(m_ui->actionManageAccounts, &QAction::triggered, this,
            &MainWindow::manageAccountsRequested);
    connect(m_ui->composeForm, &ComposeForm::setupAccountRequested, this,
            &MainWindow::manageAccountsRequested);
    connect(m_ui->actionDiagnose, &QAction::triggered, this,
            [this] { emit diagnoseRequested(m_ui->composeForm->accountId()); });
    connect(m_ui->actionConsole, &QAction::triggered, this, &MainWindow::consoleRequested);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // The View menu's action and the dock's own close button stay in step.
    connect(m_ui->actionTranscript, &QAction::toggled, m_ui->transcriptDock,
            &QDockWidget::setVisible);
    connect(m_ui->transcriptDock, &QDockWidget::visibilityChanged, this, [this](bool) {
        // visibilityChanged also fires when a tabbed dock is hidden behind another.
        m_ui->actionTranscript->setChecked(!m_ui->transcriptDock->isHidden());
    });
    m_ui->actionTranscript->setChecked(true);

    // The transcript folded to one line: the latest step, and the button that unfolds it.
    m_exchangeLabel = new QLabel(this);
    m_exchangeLabel->setObjectName(u"exchangeLabel"_s);
    m_exchangeLabel->setTextFormat(Qt::PlainText);
    m_exchangeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_exchangeLabel, 1);
    auto* transcriptButton = new QToolButton(this);
    transcriptButton->setObjectName(u"transcriptButton"_s);
    transcriptButton->setDefaultAction(m_ui->actionTranscript);
    transcriptButton->setAutoRaise(true);
    transcriptButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    statusBar()->addPermanentWidget(transcriptButton);
    connect(m_ui->transcriptPane->model(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int, int last) { onTranscriptRows(last); });

    connect(m_ui->composeForm->subjectEdit(), &QLineEdit::textChanged, this,
            [this](const QString& subject) {
                setWindowTitle(subject.trimmed().isEmpty() ? tr("New Message") : subject.trimmed());
            });
}

MainWindow::~MainWindow()
{
    // Hiding the children during destruction reports the dock's visibility to a slot that
    // uses m_ui, which is gone by then.
    m_ui->transcriptDock->disconnect(this);
}

ComposeForm* MainWindow::composeForm() const
{
    return m_ui->composeForm;
}

TranscriptPane* MainWindow::transcriptPane() const
{
    return m_ui->transcriptPane;
}

SendProgressWidget* MainWindow::sendProgress() const
{
    return m_ui->sendProgress;
}

NotificationBar* MainWindow::notificationBar() const
{
    return m_ui->notificationBar;
}

void MainWindow::setKeepSentMessages(bool keep)
{
    const QSignalBlocker blocker(m_ui->actionKeepSent);
    m_ui->actionKeepSent->setChecked(keep);
}

void MainWindow::setLanguages(const QStringList& codes, const QStringList& nativeNames,
                              const QString& current)
{
    delete m_languages;
    m_ui->menuLanguage->clear();
    m_languages = new QActionGroup(this);
    for (qsizetype i = 0; i < codes.size() && i < nativeNames.size(); ++i) {
        QAction* action = m_ui->menuLanguage->addAction(nativeNames[i]);
        action->setCheckable(true);
        action->setChecked(codes[i] == current);
        m_languages->addAction(action);
        const QString code = codes[i];
        connect(action, &QAction::triggered, this, [this, code] { emit languageRequested(code); });
    }
}

void MainWindow::setSending(bool sending)
{
    m_ui->composeForm->setReadOnly(sending);
    m_ui->sendProgress->setVisible(sending);
    m_ui->actionOpen->setEnabled(!sending);
    m_ui->actionSaveAs->setEnabled(!sending);
    m_ui->actionSaveDraft->setEnabled(!sending);
    setAcceptDrops(!sending);
}

void MainWindow::showTranscript()
{
    m_ui->transcriptDock->show();
    m_ui->transcriptDock->raise();
}

void MainWindow::onTranscriptRows(int last)
{
    const TranscriptModel* model = m_ui->transcriptPane->model();
    for (int row = last; row >= 0; --row) {
        const smtp::TranscriptRecord& record = model->record(row);
        if (record.level != smtp::TranscriptRecord::Level::Summary)
            continue;
        m_exchangeLine = TranscriptModel::marker(record) + u' ' + model->shownText(record);
        showExchangeLine();
        return;
    }
}

void MainWindow::showExchangeLine()
{
    m_exchangeLabel->setText(m_exchangeLabel->fontMetrics().elidedText(
        m_exchangeLine, Qt::ElideRight, m_exchangeLabel->width()));
    m_exchangeLabel->setToolTip(m_exchangeLine);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    showExchangeLine();
}

void MainWindow::approveClose()
{
    m_closeApproved = true;
    close();
}

void MainWindow::showStatus(const QString& text)
{
    statusBar()->showMessage(text, 10000);
}

QByteArray MainWindow::saveLayout() const
{
    QByteArray layout;
    QDataStream stream(&layout, QIODevice::WriteOnly);
    stream << saveGeometry() << saveState();
    return layout;
}

void MainWindow::restoreLayout(const QByteArray& layout)
{
    QByteArray geometry;
    QByteArray state;
    QDataStream stream(layout);
    stream >> geometry >> state;
    if (stream.status() == QDataStream::Ok && restoreGeometry(geometry) && restoreState(state))
        return;
    // First start: most of a laptop screen, the body all of it but the status line; the
    // transcript takes a third of the height once it is opened.
    const QRect available = screen()->availableGeometry();
    resize(std::min(available.width() * 4 / 5, 1200), std::min(available.height() * 5 / 6, 900));
    resizeDocks({m_ui->transcriptDock}, {height() / 3}, Qt::Vertical);
    m_ui->actionTranscript->setChecked(false); // hides the dock
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_closeApproved) {
        event->accept();
        return;
    }
    event->ignore();
    emit closeRequested();
}

void MainWindow::chooseEmlToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Message"), documentsFolder(),
                                                      tr("Email messages (*.eml);;All files (*)"));
    if (!path.isEmpty())
        emit openRequested(path);
}

void MainWindow::chooseSaveAsPath()
{
    QString name = m_ui->composeForm->subject().trimmed();
    name.replace(u'/', u'_');
    if (name.isEmpty())
        name = tr("message");
    QString path = QFileDialog::getSaveFileName(this, tr("Save Message As"),
                                                documentsFolder() + u'/' + name + u".eml"_s,
                                                tr("Email messages (*.eml)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".eml"_s, Qt::CaseInsensitive))
        path += u".eml"_s;
    emit saveAsRequested(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Hongyan"),
                       tr("<h3>Hongyan %1</h3>"
                          "<p>A mail composer and SMTP troubleshooting tool.</p>"
                          "<p>鸿雁传书: in Chinese letters, the wild goose carries the letter.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (files.isEmpty())
        return;
    m_ui->composeForm->attachments()->addPaths(files);
    event->acceptProposedAction();
}

void MainWindow::applyIcons()
{
    const std::pair<QAction*, QString> actions[] = {
        {m_ui->actionNewMessage, u"mail-message-new"_s},
        {m_ui->actionOpen, u"document-open"_s},
        {m_ui->actionSaveDraft, u"document-save"_s},
        {m_ui->actionSaveAs, u"document-save-as"_s},
        {m_ui->actionOutbox, u"mail-folder-outbox"_s},
        {m_ui->actionManageAccounts, u"system-users"_s},
        {m_ui->actionDiagnose, u"utilities-system-monitor"_s},
        {m_ui->actionConsole, u"utilities-terminal"_s},
        {m_ui->actionTranscript, u"view-list-text"_s},
    };
    for (const auto& [action, name] : actions)
        action->setIcon(themedIcon(name, palette()));
}

void MainWindow::updateToolbarTexts()
{
    static const QRegularExpression decorations(uR"(\(&\w\)|&|…$|\.\.\.$)"_s);
    const QList<QAction*> actions = m_ui->mainToolBar->actions();
    for (QAction* action : actions) {
        if (!action->isSeparator())
            action->setIconText(action->text().remove(decorations).trimmed());
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyIcons();
    if (event->type() == QEvent::LanguageChange) {
        const QString title = windowTitle();
        m_ui->retranslateUi(this);
        updateToolbarTexts();
        // The status line's copy of the last exchange follows the language too.
        if (const int rows = m_ui->transcriptPane->model()->rowCount(); rows > 0)
            onTranscriptRows(rows - 1);
        if (!m_ui->composeForm->subject().trimmed().isEmpty())
            setWindowTitle(title);
    }
    QMainWindow::changeEvent(event);
}

} // namespace hongyan
