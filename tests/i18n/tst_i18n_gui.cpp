// Every window and dialog of the application in Chinese and in English: each visible text
// (labels, buttons, menus and their actions, tooltips, placeholders, window titles, group
// boxes, tabs, combo box items, view headers and rows, rich-text views) is collected; under
// zh_CN none may be English only (protocol words, product names, addresses, host names and
// shortcuts aside), and switching the language at run time, from the compose window's
// View ▸ Language menu as a user does, must change every text and switching back must restore
// it. Dialogs that block their parent (message boxes, Qt's file and colour dialogs) are
// opened once in each language instead.
//
// To cover a new window, add a row to windows() (opened, checked while the language is
// switched, closed); for a dialog that is opened, answered and gone, add one to dialogs().
// HONGYAN_I18N_SCREENSHOTS=<folder> also saves a picture of each in each language.

#include "accounteditor.h"
#include "accountscontroller.h"
#include "accountsdialog.h"
#include "accountstore.h"
#include "appcontroller.h"
#include "attachmentlist.h"
#include "certificatedialog.h"
#include "certificatesummary.h"
#include "composecontroller.h"
#include "composeform.h"
#include "consolecontroller.h"
#include "consolewindow.h"
#include "diagnosiscontroller.h"
#include "diagnosiswindow.h"
#include "failuredialog.h"
#include "iconink.h"
#include "languagefont.h"
#include "mainwindow.h"
#include "notificationbar.h"
#include "outbox.h"
#include "outboxcontroller.h"
#include "outboxwindow.h"
#include "passworddialog.h"
#include "richtexteditor.h"
#include "scriptedserver.h"
#include "secretstore.h"
#include "sendmonitor.h"
#include "serverdiscovery.h"
#include "testcertificates.h"
#include "transcriptmodel.h"
#include "transcriptpane.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFontInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString Chinese = u"zh_CN"_s;
const QString English = u"en"_s;

// Where each text is ("AccountsDialog/buttonBox/QPushButton#1:text") and what it says.
using Texts = QMap<QString, QString>;

bool hasCjk(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3400 && u <= 0x4dbf) || (u >= 0x4e00 && u <= 0x9fff) ||
            (u >= 0xf900 && u <= 0xfaff))
            return true;
    }
    return false;
}

// What reads the same in both languages: accelerators, addresses, URLs, host names and file
// extensions, shortcuts, sizes, certificate names and fingerprints, protocol words and
// product names.
const QRegularExpression& neutral()
{
    static const QRegularExpression pattern(
        uR"(\(&\w\)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[a-z][a-z0-9+.-]*://\S+|\bmailto:)"
        uR"(|\b[\w-]+(?:\.[\w-]+)+(?::\d+)?|\*?\.[A-Za-z0-9]+\b)"
        uR"(|\b(?:Ctrl|Shift|Alt|Meta)\+\S+|\bF\d{1,2}\b|\bEsc\b)"
        uR"(|\b\d+(?:[.,]\d+)?\s?(?:bytes|[KMGT]i?B|B)\b)"
        uR"(|\b(?:CN|O|OU|C|L|ST|emailAddress)=[^,\n]*|\b(?:[0-9A-F]{2}:)+[0-9A-F]{2}\b)"
        uR"(|(?<!\w)~?/\S*|^[A-Z]$|\b(?:DNS|IP|email|URI):[^\s,]+)"
        uR"(|\b(?:SMTP|TLS|SSL|STARTTLS|EHLO|HELO|AUTH|MAIL FROM|RCPT TO|DATA|QUIT|RSET|NOOP)"
        uR"(|VRFY|EXPN|HELP|PLAIN|LOGIN|CRAM-MD5|XOAUTH2|OAUTHBEARER|OAuth2|SHA-256|SAN|DNS)"
        uR"(|TCP|MX|IP|UTF-8|URL|HTML|ID|Hongyan|Gmail|QQ|Outlook|Office 365|Microsoft 365)"
        uR"(|iCloud|Yahoo|English)\b)"_s);
    return pattern;
}

// Words a translator should have turned into Chinese.
bool hasEnglishWords(const QString& text)
{
    static const QRegularExpression letter(u"[A-Za-z]"_s);
    return QString(text).remove(neutral()).contains(letter);
}

bool isEnglishOnly(const QString& text)
{
    return !hasCjk(text) && hasEnglishWords(text);
}

// Texts that are the users' or the servers' words, not the application's.
struct Exemption
{
    QRegularExpression where;
    const char* why;
};

const QList<Exemption>& exemptions()
{
    static const QList<Exemption> list = {
        {QRegularExpression(u":wire-row\\d+/"_s), "what was sent and received, verbatim"},
        {QRegularExpression(u"recipientsTable:row\\d+/col3$"_s), "the server's own words"},
        {QRegularExpression(u"domainsTable:row\\d+/col4$"_s), "the server's own words"},
        {QRegularExpression(u"menuLanguage/"_s), "each language by its own name"},
        {QRegularExpression(u"fontCombo(:item\\d+|/.*)$"_s), "the fonts installed, by their names"},
        {QRegularExpression(u"(listView|treeView|sidebar):row"_s), "file and folder names"},
    };
    return list;
}

bool isExempt(const QString& where)
{
    return std::any_of(exemptions().cbegin(), exemptions().cend(),
                       [&where](const Exemption& e) { return e.where.match(where).hasMatch(); });
}

QString segment(const QObject* object)
{
    if (!object->objectName().isEmpty())
        return object->objectName();
    int index = 0;
    if (const QObject* parent = object->parent()) {
        for (const QObject* sibling : parent->children()) {
            if (sibling == object)
                break;
            if (qstrcmp(sibling->metaObject()->className(), object->metaObject()->className()) == 0)
                ++index;
        }
    }
    return QString::fromLatin1(object->metaObject()->className()) + u'#' + QString::number(index);
}

QString pathOf(const QObject* object, const QObject* top)
{
    QStringList segments;
    for (const QObject* o = object; o; o = o->parent()) {
        segments.prepend(segment(o));
        if (o == top)
            break;
    }
    return segments.join(u'/');
}

QString plain(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

class Collector
{
public:
    explicit Collector(QWidget* top)
        : m_top(top)
    {}

    Texts collect()
    {
        visit(m_top);
        const QList<QWidget*> children = m_top->findChildren<QWidget*>();
        for (QWidget* widget : children) {
            if (widget->isVisibleTo(m_top))
                visit(widget);
        }
        return m_texts;
    }

private:
    void add(const QString& where, const QString& text)
    {
        const QString shown = plain(text).trimmed();
        if (!shown.isEmpty() && !isExempt(where))
            m_texts.insert(where, shown);
    }

    void visit(QWidget* widget)
    {
        const QString where = pathOf(widget, m_top);
        add(where + u":toolTip"_s, widget->toolTip());
        if (widget->isWindow() || qobject_cast<QDockWidget*>(widget))
            add(where + u":windowTitle"_s, widget->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(where + u":text"_s, label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            add(where + u":text"_s, button->text());
            if (auto* tool = qobject_cast<QToolButton*>(widget); tool && tool->menu())
                visitMenu(tool->menu(), where + u"/menu"_s);
            if (auto* push = qobject_cast<QPushButton*>(widget); push && push->menu())
                visitMenu(push->menu(), where + u"/menu"_s);
        }
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            add(where + u":placeholder"_s, edit->placeholderText());
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(where + u":item"_s + QString::number(i), combo->itemText(i));
        }
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(where + u":title"_s, group->title());
        if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(where + u":tab"_s + QString::number(i), tabs->tabText(i));
                add(where + u":tabToolTip"_s + QString::number(i), tabs->tabToolTip(i));
            }
        }
        if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
            add(where + u":prefix"_s, spin->prefix());
            add(where + u":suffix"_s, spin->suffix());
            add(where + u":special"_s, spin->specialValueText());
        }
        if (auto* status = qobject_cast<QStatusBar*>(widget))
            add(where + u":message"_s, status->currentMessage());
        if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
            const QList<QAction*> actions = bar->actions();
            for (QAction* action : actions) {
                if (action->menu())
                    visitMenu(action->menu(), where + u'/' + segment(action->menu()));
            }
        }
        if (auto* browser = qobject_cast<QTextBrowser*>(widget))
            visitDocument(browser->document(), where);
        if (auto* plainEdit = qobject_cast<QPlainTextEdit*>(widget))
            add(where + u":placeholder"_s, plainEdit->placeholderText());
        if (auto* view = qobject_cast<QAbstractItemView*>(widget);
            view && !qobject_cast<QHeaderView*>(widget))
            visitView(view, where);
    }

    void visitMenu(QMenu* menu, const QString& where)
    {
        add(where + u":title"_s, menu->title());
        const QList<QAction*> actions = menu->actions();
        for (qsizetype i = 0; i < actions.size(); ++i) {
            QAction* action = actions[i];
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString name = action->objectName().isEmpty() ? u"action#"_s + QString::number(i)
                                                                : action->objectName();
            add(where + u'/' + name + u":text"_s, action->text());
            if (action->toolTip() != QString(action->text()).remove(u'&'))
                add(where + u'/' + name + u":toolTip"_s, action->toolTip());
            if (action->menu())
                visitMenu(action->menu(), where + u'/' + segment(action->menu()));
        }
    }

    // Each paragraph of a rich-text view. What is set verbatim (<pre>, <tt>: a fixed-pitch
    // font) is the server's or the engine's own words.
    void visitDocument(const QTextDocument* document, const QString& where)
    {
        int index = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            QString text;
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (!fragment.charFormat().fontFixedPitch())
                    text += fragment.text();
            }
            if (!block.blockFormat().nonBreakableLines())
                add(where + u":block"_s + QString::number(index), text);
            ++index;
        }
    }

    void visitView(QAbstractItemView* view, const QString& where)
    {
        const QAbstractItemModel* model = view->model();
        if (!model)
            return;
        bool headerShown = false;
        if (auto* tree = qobject_cast<QTreeView*>(view))
            headerShown = !tree->isHeaderHidden();
        else if (auto* table = qobject_cast<QTableView*>(view))
            headerShown = table->horizontalHeader()->isVisibleTo(view);
        for (int column = 0; headerShown && column < model->columnCount(); ++column)
            add(where + u":header"_s + QString::number(column),
                model->headerData(column, Qt::Horizontal).toString());
        // In a transcript, the commands and replies are the wire's; the rest is ours.
        bool transcript = false;
        for (QWidget* w = view; w && !transcript; w = w->parentWidget())
            transcript = qobject_cast<hongyan::TranscriptPane*>(w) != nullptr;
        const int rows = std::min(model->rowCount(), 20);
        for (int row = 0; row < rows; ++row) {
            using Direction = smtp::TranscriptRecord::Direction;
            const auto direction = Direction(
                model->index(row, 0).data(hongyan::TranscriptModel::DirectionRole).toInt());
            const bool wire =
                transcript && (direction == Direction::Client || direction == Direction::Server);
            for (int column = 0; column < model->columnCount(); ++column)
                add(where +
                        (wire ? u":wire-row%1/col%2"_s : u":row%1/col%2"_s).arg(row).arg(column),
                    model->index(row, column).data().toString());
        }
    }

    QWidget* m_top;
    Texts m_texts;
};

Texts collect(QWidget* top)
{
    return Collector(top).collect();
}

QString describe(const Texts& texts, const QStringList& keys)
{
    QStringList lines;
    for (const QString& key : keys)
        lines.append(u"  "_s + key + u" = "_s + texts.value(key).replace(u'\n', u" / "_s));
    return lines.join(u'\n');
}

QStringList englishOnly(const Texts& texts)
{
    QStringList keys;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (isEnglishOnly(it.value()))
            keys.append(it.key());
    }
    return keys;
}

// The test's own data in Chinese (account names, a subject), the same in both languages.
const QStringList& fixtureWords()
{
    static const QStringList words = {u"工作邮箱"_s, u"个人邮箱"_s, u"张三"_s, u"会议纪要"_s,
                                      u"你好"_s};
    return words;
}

// Words of either language that a translation changes: not data, not neutral.
bool isTranslatable(const QString& text)
{
    QString rest = text;
    for (const QString& word : fixtureWords())
        rest.remove(word);
    return hasCjk(rest) || hasEnglishWords(rest);
}

// Texts that are the same in both languages although they are words of one: never
// retranslated.
QStringList unchanged(const Texts& chinese, const Texts& english)
{
    QStringList keys;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (isTranslatable(it.value()) && chinese.value(it.key()) == it.value())
            keys.append(it.key());
    }
    return keys;
}

QStringList different(const Texts& before, const Texts& after)
{
    QStringList keys;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.contains(it.key()) && after.value(it.key()) != it.value())
            keys.append(it.key());
    }
    return keys;
}

template <typename T>
T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestI18nGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkerFindsEnglishAndStaleText();
    void qtSpeaksTheChosenLanguage();
    void fontFollowsTheLanguage();
    void windowsFollowTheLanguage_data();
    void windowsFollowTheLanguage();
    void dialogsInBothLanguages_data();
    void dialogsInBothLanguages();
    void languageChoiceIsRemembered();
    void darkPaletteKeepsTheWindowReadable();
    void accountEditorFitsASmallScreen_data();
    void accountEditorFitsASmallScreen();
    void cleanup();
    void cleanupTestCase();

private:
    struct Window
    {
        QString name;
        std::function<QWidget*(TestI18nGui&)> open;
        // Why switching the language leaves texts behind, for a gap reported and not fixed
        // yet; the check then expects to fail and says so when it no longer does.
        const char* knownGap = nullptr;
        // The same for English left in the window opened in Chinese.
        const char* knownEnglish = nullptr;
    };
    struct Dialog
    {
        QString name;
        // Opens the dialog; it may block (exec()) until the dialog is answered.
        std::function<void(TestI18nGui&)> open;
    };
    static const QList<Window>& windows();
    static const QList<Dialog>& dialogs();

    // As the user does: View ▸ Language in the compose window.
    void switchLanguage(const QString& language);
    // Opens a dialog, collects its texts once it has settled and answers it with Cancel.
    Texts collectDialog(const Dialog& dialog, const QString& language);
    void screenshot(QWidget* window, const QString& name, const QString& language);
    // The window as it is on a 1024×600 laptop and a 1920×1080 desktop screen.
    void screenshotAtScreenSizes(QWidget* window, const QString& name, const QString& language);
    hongyan::DiagnosisWindow* openDiagnosis();
    QWidget* newestVisibleDialog(const QWidgetList& before) const;

    testsupport::TestCertificates m_certificates;
    std::unique_ptr<hongyan::AppController> m_app;
    std::unique_ptr<hongyan::DiagnosisController> m_diagnosis;
    std::unique_ptr<hongyan::AccountsController> m_accounts;
    std::unique_ptr<hongyan::ConsoleController> m_console;
    std::unique_ptr<testsupport::ScriptedServer> m_server;
    QPointer<hongyan::MainWindow> m_compose;
    QString m_accountId;
    QString m_passwordAccountId;
    QString m_outboxId;
    QString m_screenshots;
};

using hongyan::DiagnosisWindow;

namespace {

// The visible controls of `window` given less height than they need: what a dialog taller
// than the screen gets when the window system squeezes it.
QStringList squeezedWidgets(QWidget* window)
{
    QStringList squeezed;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool control = qobject_cast<QLabel*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                             qobject_cast<QAbstractButton*>(widget) ||
                             qobject_cast<QComboBox*>(widget) || qobject_cast<QSpinBox*>(widget);
        if (!control || !widget->isVisibleTo(window) ||
            qobject_cast<QComboBox*>(widget->parent()) ||
            qobject_cast<QAbstractSpinBox*>(widget->parent()))
            continue;
        const int needed = widget->hasHeightForWidth() ? widget->heightForWidth(widget->width())
                                                       : widget->minimumSizeHint().height();
        if (widget->height() < needed)
            squeezed << u"%1 (%2 of %3 px)"_s.arg(widget->objectName())
                            .arg(widget->height())
                            .arg(needed);
    }
    return squeezed;
}

// The visible combo boxes too narrow for the text they show ("Summary" drawn as "Sumr"
// after a switch from Chinese, whose word is shorter): room for the text and the arrow.
// Combo boxes and search fields too narrow for the words they show (item 5: "Sumr", "S…").
QStringList cutOffWidgets(QWidget* window)
{
    QStringList cut;
    const QList<QLineEdit*> edits = window->findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        if (!edit->isVisibleTo(window) || !edit->text().isEmpty() ||
            edit->placeholderText().isEmpty() || qobject_cast<QComboBox*>(edit->parentWidget()))
            continue;
        // The placeholder's first words must show: at least ten characters' worth.
        const QString start = edit->placeholderText().left(10);
        const int needed = edit->fontMetrics().horizontalAdvance(start);
        const QMargins margins = edit->textMargins();
        QStyleOptionFrame option;
        option.initFrom(edit);
        const int room =
            edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit).width() -
            margins.left() - margins.right();
        if (room < needed)
            cut.append(u"%1 (\"%2\": %3 px of %4, window %5)"_s.arg(edit->objectName(), start)
                           .arg(room)
                           .arg(needed)
                           .arg(window->width()));
    }
    const QList<QComboBox*> boxes = window->findChildren<QComboBox*>();
    for (QComboBox* box : boxes) {
        if (!box->isVisibleTo(window) || box->currentText().isEmpty())
            continue;
        const int needed = box->fontMetrics().horizontalAdvance(box->currentText()) +
                           box->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, box);
        if (box->width() < needed)
            cut.append(u"%1 (\"%2\": %3 px of %4; hint %5, min %6, window %7)"_s
                           .arg(box->objectName(), box->currentText())
                           .arg(box->width())
                           .arg(needed)
                           .arg(box->sizeHint().width())
                           .arg(box->minimumSizeHint().width())
                           .arg(window->width()));
    }
    return cut;
}

} // namespace

namespace {

// A send with STARTTLS and AUTH to a host whose IPv6 address does not answer, as the
// transcript pane's Timing tab draws it (milliseconds; the chart counts from the first).
QList<smtp::PhaseTiming> sampleTimings()
{
    using smtp::Phase;
    return {
        {Phase::Resolve, 0, 14, u"smtp.example.com"_s},
        {Phase::Connect, 14, 250, u"[2001:db8::25]:587"_s, 0, false},
        {Phase::Connect, 264, 38, u"192.0.2.25:587"_s},
        {Phase::Greeting, 302, 41, {}},
        {Phase::Ehlo, 343, 39, u"EHLO laptop.example"_s},
        {Phase::StartTls, 382, 38, u"STARTTLS"_s},
        {Phase::TlsHandshake, 420, 112, u"TLSv1.3"_s},
        {Phase::Ehlo, 532, 40, u"EHLO laptop.example"_s},
        {Phase::Auth, 572, 215, u"AUTH PLAIN <credentials redacted>"_s},
        {Phase::MailFrom, 787, 40, u"MAIL FROM:<zhang@example.com> SIZE=3461977"_s},
        {Phase::RcptTo, 827, 41, u"RCPT TO:<li@example.com>"_s},
        {Phase::RcptTo, 868, 39, u"RCPT TO:<wang@example.com>"_s},
        {Phase::Data, 907, 40, u"DATA"_s},
        {Phase::Body, 947, 1830, {}, 3461977},
        {Phase::DataEnd, 2777, 612, {}},
        {Phase::Quit, 3389, 40, u"QUIT"_s},
    };
}

void showTimingTab(hongyan::TranscriptPane* pane)
{
    pane->findChild<QTabWidget*>(u"viewTabs"_s)->setCurrentIndex(1);
}

} // namespace

const QList<TestI18nGui::Window>& TestI18nGui::windows()
{
    static const QList<Window> list = {
        {u"compose window"_s, [](TestI18nGui& t) -> QWidget* { return t.m_compose; }},
        {u"outbox window"_s,
         [](TestI18nGui& t) -> QWidget* {
             t.m_app->showOutbox(t.m_outboxId);
             return t.m_app->outboxController()->window();
         }},
        {u"account list"_s,
         [](TestI18nGui& t) -> QWidget* {
             t.m_accounts->showAccounts(nullptr);
             return t.m_accounts->accountsDialog();
         }},
        {u"account editor, new account"_s,
         [](TestI18nGui& t) -> QWidget* { return t.m_accounts->addAccount(nullptr); }},
        {u"account editor, saved account"_s,
         [](TestI18nGui& t) -> QWidget* {
             return t.m_accounts->editAccount(nullptr, t.m_accountId);
         }},
        // The list of what the search for settings tried was made once, in the language of
        // the moment, and stayed in it after a switch.
        {u"account editor, no settings found"_s,
         [](TestI18nGui& t) -> QWidget* {
             hongyan::ServerDiscovery& discovery = t.m_accounts->discovery();
             discovery.setAutoconfigUrls({u"http://127.0.0.1:1/{domain}"_s});
             discovery.setNameserver(QHostAddress(u"127.0.0.1"_s));
             discovery.setProbeTargets({{u"127.0.0.1"_s, 1, smtp::Security::ImplicitTls}});
             discovery.setStepTimeout(std::chrono::seconds(3));
             hongyan::AccountEditor* editor = t.m_accounts->addAccount(nullptr);
             child<QLineEdit>(editor, "addressEdit")->setText(u"me@nowhere.test"_s);
             auto* detect = child<QPushButton>(editor, "detectButton");
             detect->click();
             if (!QTest::qWaitFor([detect] { return detect->isEnabled(); }, 30000))
                 return nullptr;
             return editor;
         }},
        {u"diagnosis window"_s, [](TestI18nGui& t) -> QWidget* { return t.openDiagnosis(); }},
        {u"diagnosis window, timing"_s,
         [](TestI18nGui& t) -> QWidget* {
             DiagnosisWindow* diagnosis = t.openDiagnosis();
             if (diagnosis)
                 showTimingTab(diagnosis->transcript());
             return diagnosis;
         }},
        {u"certificate dialog"_s,
         [](TestI18nGui& t) -> QWidget* {
             DiagnosisWindow* diagnosis = t.openDiagnosis();
             if (!diagnosis)
                 return nullptr;
             child<QPushButton>(diagnosis, "certificateButton")->click();
             auto* dialog = diagnosis->findChild<hongyan::CertificateDialog*>();
             return dialog && dialog->isVisible() ? dialog : nullptr;
         }},
        {u"failure dialog"_s,
         [](TestI18nGui&) -> QWidget* {
             smtp::Outcome outcome;
             outcome.category = smtp::Outcome::Category::Rejected;
             outcome.phase = smtp::Phase::RcptTo;
             outcome.reason = smtp::Outcome::Reason::RecipientsRejected;
             outcome.code = 550;
             outcome.enhanced = smtp::EnhancedStatus(5, 1, 1);
             outcome.serverText = u"5.1.1 <li@example.com>: Recipient address rejected"_s;
             outcome.command = u"RCPT TO:<li@example.com>"_s;
             outcome.port = 465;
             outcome.recipients = {{u"li@example.com"_s, false, 550, smtp::EnhancedStatus(5, 1, 1),
                                    u"5.1.1 <li@example.com>: Recipient address rejected"_s},
                                   {u"wang@example.com"_s, false, 450,
                                    smtp::EnhancedStatus(4, 2, 0),
                                    u"4.2.0 Greylisted, try again later"_s}};
             return hongyan::SendMonitor::showFailure(nullptr, outcome, u"127.0.0.1"_s, {});
         }},
        {u"failure dialog, certificate refused"_s,
         [](TestI18nGui& t) -> QWidget* {
             smtp::Outcome outcome;
             outcome.category = smtp::Outcome::Category::Tls;
             outcome.phase = smtp::Phase::TlsHandshake;
             outcome.reason = smtp::Outcome::Reason::CertificateUntrusted;
             outcome.port = 465;
             outcome.tls.peerChain = {smtp::CertificateSummary::fromCertificate(
                 t.m_certificates.certificate(u"self-signed"_s))};
             outcome.tls.problems = {
                 {QSslError::SelfSignedCertificate,
                  smtp::CertificateProblem::describe(QSslError(QSslError::SelfSignedCertificate)),
                  0}};
             const std::optional<hongyan::Account> account =
                 t.m_app->accounts()->account(t.m_accountId);
             return hongyan::SendMonitor::showFailure(nullptr, outcome, u"127.0.0.1"_s, {},
                                                      account ? &*account : nullptr,
                                                      t.m_app->accounts());
         }},
        {u"SMTP console"_s, [](TestI18nGui& t) -> QWidget* { return t.m_console->show(); }},
        // Issue 18, item 6: the console's own lines were made once, in the language of the
        // moment, and stayed in it after a switch.
        {u"SMTP console, its own lines"_s,
         [](TestI18nGui& t) -> QWidget* {
             hongyan::ConsoleWindow* console = t.m_console->show();
             console->transcriptPane()->clear();
             emit console->commandEntered(u"NOOP"_s);
             emit console->commandEntered(u"RSET\r\nQUIT"_s);
             console->transcriptPane()->model()->flush();
             return console;
         }},
        {u"password dialog"_s,
         [](TestI18nGui&) -> QWidget* {
             auto* dialog = new hongyan::PasswordDialog;
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->setRequest(hongyan::PasswordDialog::Reason::KeychainUnavailable,
                                u"org.freedesktop.DBus.Error.NoServer"_s, u"工作邮箱"_s,
                                u"127.0.0.1"_s, u"zhang@example.com"_s);
             dialog->show();
             return dialog;
         }},
        {u"compose window, timing"_s,
         [](TestI18nGui& t) -> QWidget* {
             hongyan::TranscriptPane* pane = t.m_compose->transcriptPane();
             pane->clearTiming();
             for (const smtp::PhaseTiming& span : sampleTimings())
                 pane->addTiming(span);
             showTimingTab(pane);
             t.m_compose->showTranscript(); // folded on first start
             return t.m_compose;
         }},
    };
    return list;
}

const QList<TestI18nGui::Dialog>& TestI18nGui::dialogs()
{
    const auto action = [](const char* name) {
        return [name](TestI18nGui& t) { child<QAction>(t.m_compose, name)->trigger(); };
    };
    const auto editorButton = [](const char* name) {
        return [name](TestI18nGui& t) {
            child<QToolButton>(t.m_compose->composeForm()->editor(), name)->click();
        };
    };
    static const QList<Dialog> list = {
        {u"about box"_s, action("actionAbout")},
        {u"open message file dialog"_s, action("actionOpen")},
        {u"save as file dialog"_s, action("actionSaveAs")},
        {u"attach files dialog"_s,
         [](TestI18nGui& t) {
             child<QPushButton>(t.m_compose->composeForm()->attachments(), "addButton")->click();
         }},
        {u"link dialog"_s, editorButton("linkButton")},
        {u"text colour dialog"_s, editorButton("colourButton")},
        {u"plain text question"_s,
         [](TestI18nGui& t) {
             hongyan::RichTextEditor* editor = t.m_compose->composeForm()->editor();
             editor->edit()->setPlainText(u"你好"_s);
             child<QToolButton>(editor, "plainTextButton")->click();
         }},
        {u"close window question"_s,
         [](TestI18nGui& t) {
             QLineEdit* subject = t.m_compose->composeForm()->subjectEdit();
             subject->setFocus();
             QTest::keyClicks(subject, u"hello"_s);
             t.m_compose->close();
         }},
        {u"quit question"_s, [](TestI18nGui& t) { t.m_app->requestQuit(); }},
        {u"delete outbox message question"_s,
         [](TestI18nGui& t) {
             t.m_app->showOutbox(t.m_outboxId);
             child<QPushButton>(t.m_app->outboxController()->window(), "deleteButton")->click();
         }},
        {u"remove account question"_s,
         [](TestI18nGui& t) {
             t.m_accounts->showAccounts(nullptr);
             child<QPushButton>(t.m_accounts->accountsDialog(), "removeButton")->click();
         }},
        {u"certificate authority file dialog"_s,
         [](TestI18nGui& t) {
             child<QPushButton>(t.m_accounts->addAccount(nullptr), "browseButton")->click();
         }},
        {u"diagnosis password prompt"_s,
         [](TestI18nGui& t) { t.m_diagnosis->diagnose(nullptr, t.m_passwordAccountId); }},
    };
    return list;
}

void TestI18nGui::initTestCase()
{
    m_screenshots = qEnvironmentVariable("HONGYAN_I18N_SCREENSHOTS");
    if (!m_screenshots.isEmpty())
        QVERIFY(QDir().mkpath(m_screenshots));
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));

    // One account to send with (and check), one that needs a password nobody saved, and a
    // message the server refused waiting in the outbox.
    hongyan::Account account;
    account.name = u"工作邮箱"_s;
    account.address = u"zhang@example.com"_s;
    account.displayName = u"张三"_s;
    account.host = u"127.0.0.1"_s;
    account.port = 465;
    account.security = smtp::Security::ImplicitTls;
    account.authMethod = smtp::AuthMethod::None;
    hongyan::Account needsPassword = account;
    needsPassword.name = u"个人邮箱"_s;
    needsPassword.authMethod = smtp::AuthMethod::Auto;
    needsPassword.user = u"zhang@example.com"_s;
    {
        hongyan::AccountStore store;
        m_accountId = store.save(account);
        m_passwordAccountId = store.save(needsPassword);
        store.setDefaultAccountId(m_accountId);
    }
    {
        hongyan::Outbox outbox;
        hongyan::OutboxEntry entry;
        entry.accountId = m_accountId;
        entry.envelope.sender = account.address;
        entry.envelope.recipients = {u"li@example.com"_s};
        entry.subject = u"会议纪要"_s;
        entry.to = u"li@example.com"_s;
        auto message = std::make_shared<QBuffer>();
        message->setData("Subject: test\r\n\r\nhello\r\n");
        std::optional<hongyan::OutboxEntry> stored;
        outbox.add(entry, message,
                   [&stored](const std::optional<hongyan::OutboxEntry>& e, const QString&) {
                       stored = e ? e : hongyan::OutboxEntry();
                   });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QVERIFY(!stored->id.isEmpty());
        smtp::Outcome refused;
        refused.category = smtp::Outcome::Category::Rejected;
        refused.phase = smtp::Phase::RcptTo;
        refused.reason = smtp::Outcome::Reason::RecipientsRejected;
        refused.code = 550;
        refused.enhanced = smtp::EnhancedStatus(5, 1, 1);
        refused.serverText = u"5.1.1 <li@example.com>: Recipient address rejected"_s;
        refused.recipients = {
            {u"li@example.com"_s, false, 550, smtp::EnhancedStatus(5, 1, 1), refused.serverText}};
        stored->status = hongyan::OutboxEntry::Status::Failed;
        stored->attempts = 1;
        stored->lastAttempt = QDateTime::currentDateTimeUtc();
        stored->lastError = refused;
        stored->lastErrorHost = account.host;
        QString error;
        QVERIFY2(outbox.update(*stored, &error), qPrintable(error));
        m_outboxId = stored->id;
    }

    m_app = std::make_unique<hongyan::AppController>();
    m_diagnosis =
        std::make_unique<hongyan::DiagnosisController>(*m_app->accounts(), *m_app->secrets());
    m_diagnosis->setTimeouts(smtp::Timeouts::uniform(10s));
    m_accounts = std::make_unique<hongyan::AccountsController>(*m_app->accounts(),
                                                               *m_app->secrets(), *m_diagnosis);
    m_console = std::make_unique<hongyan::ConsoleController>(*m_app->accounts(), *m_app->secrets());
    QVERIFY(m_app->start({}));
    QVERIFY(!m_app->composers().isEmpty());
    m_compose = m_app->composers().constFirst()->window();
    QVERIFY(QTest::qWaitForWindowExposed(m_compose));
}

void TestI18nGui::darkPaletteKeepsTheWindowReadable()
{
    // Issue 18, the compose window's look: a dark desktop hands the application a dark
    // palette (Fusion's colours here). The icons are drawn again in its light text colour,
    // and the window and its timing chart are kept for a look in both languages.
    const QPalette light = QApplication::palette();
    const auto restore = qScopeGuard([light] { QApplication::setPalette(light); });
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(53, 53, 53));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(35, 35, 35));
    dark.setColor(QPalette::AlternateBase, QColor(60, 60, 60));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(53, 53, 53));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Mid, QColor(90, 90, 90));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    QApplication::setPalette(dark);

    hongyan::TranscriptPane* pane = m_compose->transcriptPane();
    pane->clearTiming();
    for (const smtp::PhaseTiming& span : sampleTimings())
        pane->addTiming(span);
    showTimingTab(pane);
    m_compose->showTranscript();
    QVERIFY(QTest::qWaitForWindowExposed(m_compose));
    auto* save = m_compose->findChild<QAction*>(u"actionSaveDraft"_s);
    QVERIFY(save);
    QTRY_VERIFY2(testsupport::inkLightness(save->icon()) > 180,
                 qPrintable(QString::number(testsupport::inkLightness(save->icon()))));
    // Nothing keeps the colours of the palette it was first shown with: fields that were
    // white, and the outbox's notice (light text on a light yellow), found this way.
    const auto lightness = [this](const char* name, QPalette::ColorRole role) {
        return m_compose->findChild<QWidget*>(QString::fromLatin1(name))
            ->palette()
            .color(role)
            .lightness();
    };
    for (const char* field : {"toEdit", "ccEdit", "bccEdit", "subjectEdit"})
        QVERIFY2(lightness(field, QPalette::Base) < 100, field);
    QVERIFY(m_compose->notificationBar()->isVisible());
    QVERIFY2(lightness("notificationBar", QPalette::Window) < 120,
             qPrintable(QString::number(lightness("notificationBar", QPalette::Window))));
    QVERIFY(lightness("notificationBar", QPalette::WindowText) > 180);
    for (const QString& language : {English, Chinese}) {
        switchLanguage(language);
        screenshotAtScreenSizes(m_compose, u"compose window, dark palette"_s, language);
    }
    switchLanguage(English);
}

void TestI18nGui::accountEditorFitsASmallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << English;
    QTest::newRow("zh_CN") << Chinese;
}

void TestI18nGui::accountEditorFitsASmallScreen()
{
    // Issue 18, item 4: the editor was about 648 px tall, so on a 600 px laptop screen its
    // buttons were out of reach, and a provider note that hid left blank space. The basics
    // (name, address, password) come first; the server details have a page of their own.
    QFETCH(QString, language);
    switchLanguage(language);
    hongyan::AccountEditor* editor = m_accounts->addAccount(nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    auto* pages = child<QTabWidget>(editor, "pages");
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), u"basicsPage"_s);
    for (const char* basic : {"nameEdit", "addressEdit", "displayNameEdit", "passwordEdit"})
        QVERIFY2(child<QWidget>(editor, basic)->isVisible(), basic);

    const QRect screen = editor->screen()->availableGeometry();
    const auto fitsOnEveryPage = [&](const QString& when) -> QString {
        QCoreApplication::processEvents();
        QString problems;
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            QCoreApplication::processEvents();
            const QString where = when + u", page "_s + pages->tabText(page) + u": "_s;
            if (!screen.contains(editor->frameGeometry()))
                problems += where + u"the window %1×%2 at %3,%4 leaves the screen %5×%6\n"_s
                                        .arg(editor->frameGeometry().width())
                                        .arg(editor->frameGeometry().height())
                                        .arg(editor->frameGeometry().x())
                                        .arg(editor->frameGeometry().y())
                                        .arg(screen.width())
                                        .arg(screen.height());
            screenshot(editor, u"account editor "_s + when + u' ' + QString::number(page),
                       language);
            const QStringList squeezed = squeezedWidgets(editor);
            if (!squeezed.isEmpty())
                problems += where + u"squeezed: "_s + squeezed.join(u", "_s) + u'\n';
        }
        pages->setCurrentIndex(0);
        return problems;
    };
    QString problems = fitsOnEveryPage(u"new"_s);
    const int plainHeight = editor->height();

    // A provider with a note (Outlook.com needs OAuth2), a keychain status, then the
    // warning of an unencrypted connection and an error: the most text the form shows.
    auto* address = child<QLineEdit>(editor, "addressEdit");
    address->setFocus();
    QTest::keyClicks(address, u"zhang@outlook.com"_s);
    QTRY_VERIFY(child<QLabel>(editor, "providerNoteLabel")->isVisible());
    problems += fitsOnEveryPage(u"outlook.com"_s);
    QTest::keyClicks(address, u".example"_s);
    QTRY_VERIFY(!child<QLabel>(editor, "providerNoteLabel")->isVisible());
    // No blank space where the note was. (At most: under load the first measure may come
    // before the keychain's answer has settled the form, a little taller.)
    QTRY_VERIFY2(editor->height() <= plainHeight,
                 qPrintable(u"%1 > %2"_s.arg(editor->height()).arg(plainHeight)));

    child<QComboBox>(editor, "securityCombo")->setCurrentIndex(2);
    child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY(child<QLabel>(editor, "errorLabel")->isVisible());
    problems += fitsOnEveryPage(u"unencrypted, with an error"_s);
    editor->close();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestI18nGui::cleanup()
{
    // Whatever a row opened goes; the compose window stays for the next one.
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget* widget : widgets) {
        if (widget != m_compose && widget->isVisible())
            widget->close();
    }
    QCoreApplication::processEvents();
}

void TestI18nGui::cleanupTestCase()
{
    m_console.reset();
    m_accounts.reset();
    m_diagnosis.reset();
    if (m_app)
        m_app->quitNow();
    m_app.reset();
}

namespace {

// Counts the layout requests the application delivers.
class LayoutRequestCounter : public QObject
{
public:
    int delivered = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++delivered;
        return QObject::eventFilter(watched, event);
    }
};

// Lets the windows take in a change the way a person sees it: the event loop delivers the
// layout requests a language change posts before the (low priority) paint requests that show
// it. A fixed wait was not enough: on a loaded machine retranslating the windows took longer
// than the wait, and under X11 the diagnosis window was measured with its layouts half done
// ("Summary" in 54 px of 70). So: wait, then deliver what is posted until a round delivers no
// more layout requests.
void settle()
{
    QTest::qWait(50);
    LayoutRequestCounter counter;
    QCoreApplication::instance()->installEventFilter(&counter);
    for (int round = 0; round < 20; ++round) {
        const int before = counter.delivered;
        QCoreApplication::sendPostedEvents();
        if (counter.delivered == before)
            break;
    }
    QCoreApplication::instance()->removeEventFilter(&counter);
}

} // namespace

void TestI18nGui::switchLanguage(const QString& language)
{
    QMenu* menu = child<QMenu>(m_compose, "menuLanguage");
    QVERIFY(menu);
    QAction* chosen = nullptr;
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (action->text() == hongyan::Translations::nativeName(language))
            chosen = action;
    }
    QVERIFY2(chosen, qPrintable(language));
    chosen->trigger();
    settle();
    QCOMPARE(hongyan::Translations::currentLanguage(), language);
}

QWidget* TestI18nGui::newestVisibleDialog(const QWidgetList& before) const
{
    QWidget* modal = QApplication::activeModalWidget();
    if (modal && !before.contains(modal) && qobject_cast<QDialog*>(modal))
        return modal;
    QWidget* newest = nullptr;
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget* widget : widgets) {
        if (widget->isVisible() && qobject_cast<QDialog*>(widget) && !before.contains(widget))
            newest = widget;
    }
    return newest;
}

Texts TestI18nGui::collectDialog(const Dialog& dialog, const QString& language)
{
    const QWidgetList before = QApplication::topLevelWidgets();
    QPointer<QWidget> found;
    Texts texts;
    int settled = 0;
    bool done = false;
    QTimer poll;
    poll.setInterval(25);
    connect(&poll, &QTimer::timeout, this, [&] {
        // The newest dialog: a window may open first and ask something at once.
        if (QWidget* newest = newestVisibleDialog(before); newest != found) {
            found = newest;
            settled = 0;
            return;
        }
        // File dialogs fill their views from a worker thread.
        if (!found || ++settled < 12)
            return;
        poll.stop();
        texts = collect(found);
        screenshot(found, dialog.name, language);
        qobject_cast<QDialog*>(found.data())->reject();
        done = true;
    });
    poll.start();
    dialog.open(*this);
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        return {};
    return texts;
}

void TestI18nGui::screenshot(QWidget* window, const QString& name, const QString& language)
{
    if (m_screenshots.isEmpty())
        return;
    QString file = name;
    file.replace(QRegularExpression(u"[^A-Za-z0-9]+"_s), u"-"_s);
    const QString stem = m_screenshots + u'/' + file + u'-' + language;
    QVERIFY(window->grab().save(stem + u".png"_s));
    // A menu bar's menus, each as it drops down.
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        const QList<QAction*> actions = main->menuBar()->actions();
        for (QAction* action : actions) {
            QMenu* menu = action->menu();
            if (!menu)
                continue;
            menu->popup(main->mapToGlobal(main->menuBar()->actionGeometry(action).bottomLeft()));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            QVERIFY(menu->grab().save(stem + u"-menu-"_s + menu->objectName() + u".png"_s));
            menu->hide();
        }
    }
}

void TestI18nGui::screenshotAtScreenSizes(QWidget* window, const QString& name,
                                          const QString& language)
{
    if (m_screenshots.isEmpty() ||
        !(qobject_cast<QMainWindow*>(window) || qobject_cast<DiagnosisWindow*>(window)))
        return;
    const QSize natural = window->size();
    for (const QSize screen : {QSize(1024, 600), QSize(1920, 1080)}) {
        window->resize(screen);
        QTest::qWait(50);
        screenshot(window, u"%1 %2x%3"_s.arg(name).arg(screen.width()).arg(screen.height()),
                   language);
    }
    window->resize(natural);
}

DiagnosisWindow* TestI18nGui::openDiagnosis()
{
    // A server whose certificate nobody trusts: the check fails at TLS, with a certificate
    // to show and an explanation to read. Each check needs a server of its own.
    m_server = std::make_unique<testsupport::ScriptedServer>();
    m_server->setCertificate(m_certificates.certificate(u"self-signed"_s),
                             m_certificates.key(u"self-signed"_s));
    if (!m_server->load("TLS\nCLOSED\n") || !m_server->listen())
        return nullptr;
    std::optional<hongyan::Account> account = m_app->accounts()->account(m_accountId);
    if (!account)
        return nullptr;
    account->port = m_server->port();
    m_app->accounts()->save(*account);
    DiagnosisWindow* window = m_diagnosis->diagnose(nullptr, m_accountId);
    if (!window)
        return nullptr;
    auto* headline = child<QLabel>(window, "headlineLabel");
    if (!QTest::qWaitFor([headline] { return headline->isVisible(); }, 15000))
        return nullptr;
    // The session goes on closing after the verdict is shown, adding transcript lines; the
    // texts are compared once the connection is gone and the pane has taken them in.
    m_server->waitForScript(5000);
    QTest::qWait(200);
    return window;
}

void TestI18nGui::checkerFindsEnglishAndStaleText()
{
    QWidget window;
    window.setWindowTitle(u"诊断"_s);
    auto* english = new QLabel(u"The message was not sent"_s, &window);
    english->setObjectName(u"english"_s);
    new QLabel(u"SMTP 服务器：smtp.163.com"_s, &window);
    new QLabel(u"zhang@example.com"_s, &window);
    auto* protocol = new QPushButton(u"SSL/TLS"_s, &window);
    protocol->setToolTip(u"Ctrl+Shift+S"_s);
    auto* edit = new QLineEdit(&window);
    edit->setObjectName(u"edit"_s);
    edit->setPlaceholderText(u"Search the transcript"_s);
    window.show();

    const Texts texts = collect(&window);
    QCOMPARE(texts.size(), 7);
    const QStringList found = englishOnly(texts);
    QCOMPARE(found, (QStringList{u"QWidget#0/edit:placeholder"_s, u"QWidget#0/english:text"_s}));
    // The same texts after a switch to English: words of either language count as stale,
    // addresses, protocol words and shortcuts do not.
    QCOMPARE(unchanged(texts, texts),
             (QStringList{u"QWidget#0/QLabel#1:text"_s, u"QWidget#0/edit:placeholder"_s,
                          u"QWidget#0/english:text"_s, u"QWidget#0:windowTitle"_s}));
    Texts restored = texts;
    restored[u"QWidget#0/english:text"_s] = u"邮件未发送"_s;
    QCOMPARE(different(texts, restored), QStringList{u"QWidget#0/english:text"_s});
}

void TestI18nGui::qtSpeaksTheChosenLanguage()
{
    // Qt's own texts (standard buttons, file dialogs) come from qtbase_<language>.qm.
    switchLanguage(Chinese);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
    switchLanguage(English);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

// Issue 18, item 5: started under a Chinese locale and switched to English, the interface
// kept the Chinese font, whose "…" is drawn centred as "⋯" and whose Latin letters are not
// the English default's.
void TestI18nGui::fontFollowsTheLanguage()
{
    const QString latin = hongyan::LanguageFont::defaultFamily(English);
    const QString chinese = hongyan::LanguageFont::defaultFamily(Chinese);
    QVERIFY2(!latin.isEmpty() && latin != chinese,
             "fontconfig must give English and Chinese their own sans-serif "
             "(fonts-dejavu-core and fonts-wqy-microhei)");
    const QFont before = QApplication::font();
    const auto restore = qScopeGuard([&before] { QApplication::setFont(before); });
    auto* subject = child<QLabel>(m_compose, "fromLabel");
    QVERIFY(subject);

    // Widgets take a new application font from posted events.
    // As a process started under zh_CN has it: the platform's default is the Chinese font.
    switchLanguage(Chinese);
    QFont started = before;
    started.setFamilies({chinese});
    QApplication::setFont(started);
    hongyan::LanguageFont::start(Chinese, Chinese);
    QTRY_COMPARE(QFontInfo(subject->font()).family(), chinese);
    switchLanguage(English);
    QTRY_COMPARE(QFontInfo(subject->font()).family(), latin);
    QCOMPARE(QFontInfo(QApplication::font()).pointSizeF(), QFontInfo(before).pointSizeF());
    switchLanguage(Chinese);
    QTRY_COMPARE(QFontInfo(subject->font()).family(), chinese);

    // A font chosen by the person or their desktop stays, in either language.
    QFont chosen = before;
    chosen.setFamilies({u"DejaVu Serif"_s});
    QApplication::setFont(chosen);
    const QString chosenFamily = QFontInfo(chosen).family();
    QTRY_COMPARE(QFontInfo(subject->font()).family(), chosenFamily);
    switchLanguage(English);
    QTRY_COMPARE(QFontInfo(subject->font()).family(), chosenFamily);
    switchLanguage(Chinese);
    QTRY_COMPARE(QFontInfo(subject->font()).family(), chosenFamily);
    switchLanguage(English);
}

void TestI18nGui::windowsFollowTheLanguage_data()
{
    QTest::addColumn<int>("window");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    for (int i = 0; i < windows().size(); ++i) {
        const QByteArray name = windows()[i].name.toUtf8();
        QTest::newRow(QByteArray(name + " opened in Chinese").constData())
            << i << Chinese << English;
        QTest::newRow(QByteArray(name + " opened in English").constData())
            << i << English << Chinese;
    }
}

void TestI18nGui::windowsFollowTheLanguage()
{
    QFETCH(int, window);
    QFETCH(QString, first);
    QFETCH(QString, second);
    const Window& subject = windows()[window];

    switchLanguage(first);
    QPointer<QWidget> widget = subject.open(*this);
    QVERIFY2(widget, "the window did not open");
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    const Texts opened = collect(widget);
    const QStringList cutWhenOpened = cutOffWidgets(widget);
    screenshot(widget, subject.name, first);
    screenshotAtScreenSizes(widget, subject.name, first);
    switchLanguage(second);
    QVERIFY(widget);
    const Texts switched = collect(widget);
    const QStringList cutAfterSwitching = cutOffWidgets(widget);
    screenshot(widget, subject.name, second + u"-switched"_s);
    switchLanguage(first);
    QVERIFY(widget);
    const Texts back = collect(widget);

    QVERIFY2(opened.size() >= 3, qPrintable(describe(opened, opened.keys())));
    if (first == Chinese) {
        const QStringList untranslated = englishOnly(opened);
        if (subject.knownEnglish)
            QEXPECT_FAIL("", subject.knownEnglish, Continue);
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(u"English under zh_CN:\n"_s + describe(opened, untranslated)));
    }
    const Texts& chinese = first == Chinese ? opened : switched;
    const Texts& english = first == Chinese ? switched : opened;
    // What switching left behind: English in Chinese, texts that kept their language, and
    // texts that did not come back.
    QStringList problems;
    const Texts& chineseLater = first == Chinese ? back : switched;
    for (const QString& key : englishOnly(chineseLater))
        problems.append(u"English under zh_CN: "_s + key + u" = "_s + chineseLater.value(key));
    for (const QString& key : unchanged(chinese, english))
        problems.append(u"not retranslated: "_s + key + u" = "_s + english.value(key));
    for (const QString& key : different(opened, back))
        problems.append(u"different after switching back: "_s + key + u" = "_s + opened.value(key) +
                        u" → "_s + back.value(key));
    for (const QString& name : cutWhenOpened)
        problems.append(u"cut off: "_s + name);
    for (const QString& name : cutAfterSwitching)
        problems.append(u"cut off after switching: "_s + name);
    if (subject.knownGap)
        QEXPECT_FAIL("", subject.knownGap, Continue);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestI18nGui::dialogsInBothLanguages_data()
{
    QTest::addColumn<int>("dialog");
    for (int i = 0; i < dialogs().size(); ++i)
        QTest::newRow(dialogs()[i].name.toUtf8().constData()) << i;
}

void TestI18nGui::dialogsInBothLanguages()
{
    QFETCH(int, dialog);
    const Dialog& subject = dialogs()[dialog];
    switchLanguage(Chinese);
    const Texts chinese = collectDialog(subject, Chinese);
    cleanup();
    switchLanguage(English);
    const Texts english = collectDialog(subject, English);

    QVERIFY2(!chinese.isEmpty() && !english.isEmpty(), "the dialog did not open");
    const QStringList untranslated = englishOnly(chinese);
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(u"English left under zh_CN:\n"_s + describe(chinese, untranslated)));
    const QStringList same = unchanged(chinese, english);
    QVERIFY2(same.isEmpty(),
             qPrintable(u"The same in both languages:\n"_s + describe(english, same)));
}

void TestI18nGui::languageChoiceIsRemembered()
{
    for (const QString& language : {English, Chinese}) {
        switchLanguage(language);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), language);
        QCOMPARE(hongyan::AppController::preferredLanguage(), language);
        // A window opened afterwards shows the choice ticked in its menu.
        hongyan::ComposeController* composer = m_app->newMessage();
        QMenu* menu = child<QMenu>(composer->window(), "menuLanguage");
        QStringList ticked;
        const QList<QAction*> actions = menu->actions();
        for (QAction* action : actions) {
            if (action->isChecked())
                ticked.append(action->text());
        }
        QCOMPARE(ticked, QStringList{hongyan::Translations::nativeName(language)});
        composer->window()->close();
    }
}

int main(int argc, char* argv[])
{
    // Each run gets its own data and settings (parallel ctest, nothing left behind).
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(u"cache"_s)));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Hongyan"_s);
    QApplication::setApplicationName(u"hongyan"_s);
    TestI18nGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_i18n_gui.moc"
