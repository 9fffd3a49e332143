#include "attachmentlist.h"

#include "documentsfolder.h"
#include "themedicon.h"
#include "ui_attachmentlist.h"

#include <QDir>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeDatabase>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

enum Column { NameColumn, SizeColumn, TypeColumn, FolderColumn };
constexpr int PathRole = Qt::UserRole + 1;

} // namespace

AttachmentList::AttachmentList(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AttachmentList>())
{
    m_ui->setupUi(this);
    applyIcons();
    m_ui->tree->installEventFilter(this);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AttachmentList::addWithDialog);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AttachmentList::removeSelected);
    connect(m_ui->tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_ui->removeButton->setEnabled(!m_readOnly && !m_ui->tree->selectedItems().isEmpty());
    });
    updateSummary();
}

AttachmentList::~AttachmentList() = default;

QStringList AttachmentList::paths() const
{
    QStringList result;
    for (int i = 0; i < m_ui->tree->topLevelItemCount(); ++i)
        result.append(m_ui->tree->topLevelItem(i)->data(NameColumn, PathRole).toString());
    return result;
}

void AttachmentList::setPaths(const QStringList& paths)
{
    m_ui->tree->clear();
    for (const QString& path : paths)
        appendItem(path);
    updateSummary();
}

void AttachmentList::addPaths(const QStringList& paths)
{
    const QStringList existing = paths.isEmpty() ? QStringList() : this->paths();
    bool added = false;
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (existing.contains(absolute) || QFileInfo(absolute).isDir())
            continue;
        appendItem(absolute);
        added = true;
    }
    if (added) {
        updateSummary();
        emit changed();
    }
}

void AttachmentList::appendItem(const QString& path)
{
    static const QFileIconProvider icons;
    static const QMimeDatabase mimeTypes;
    const QFileInfo info(path);
    auto* item = new QTreeWidgetItem(m_ui->tree);
    item->setData(NameColumn, PathRole, path);
    item->setText(NameColumn, info.fileName());
    item->setText(FolderColumn, QDir::toNativeSeparators(info.absolutePath()));
    item->setToolTip(NameColumn, QDir::toNativeSeparators(path));
    if (info.exists() && info.isReadable()) {
        const QMimeType type = mimeTypes.mimeTypeForFile(info);
        QIcon icon = QIcon::fromTheme(type.iconName());
        if (icon.isNull())
            icon = QIcon::fromTheme(type.genericIconName());
        if (icon.isNull())
            icon = icons.icon(info);
        item->setIcon(NameColumn, icon);
        item->setText(SizeColumn, QLocale().formattedDataSize(info.size()));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(TypeColumn, type.comment());
        item->setToolTip(TypeColumn, type.name());
    } else {
        item->setIcon(NameColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setText(SizeColumn, tr("missing"));
        item->setForeground(NameColumn, QColor(0xe0, 0x1b, 0x24));
        item->setForeground(SizeColumn, QColor(0xe0, 0x1b, 0x24));
    }
}

void AttachmentList::removeSelected()
{
    if (m_readOnly)
        return;
    const QList<QTreeWidgetItem*> selected = m_ui->tree->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    updateSummary();
    emit changed();
}

void AttachmentList::addWithDialog()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Attach Files"), documentsFolder());
    addPaths(files);
}

void AttachmentList::setSizeLimit(qint64 bytes)
{
    m_sizeLimit = bytes;
    updateSummary();
}

void AttachmentList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_ui->addButton->setEnabled(!readOnly);
    m_ui->removeButton->setEnabled(!readOnly && !m_ui->tree->selectedItems().isEmpty());
}

qint64 AttachmentList::totalSize() const
{
    qint64 total = 0;
    const QStringList all = paths();
    for (const QString& path : all)
        total += QFileInfo(path).size();
    return total;
}

qint64 AttachmentList::encodedSize(qint64 size)
{
    // Base64: 4 bytes per 3, plus CRLF after every 76 characters.
    const qint64 encoded = (size + 2) / 3 * 4;
    return encoded + (encoded + 75) / 76 * 2;
}

QStringList AttachmentList::missingPaths() const
{
    QStringList missing;
    const QStringList all = paths();
    for (const QString& path : all) {
        const QFileInfo info(path);
        if (!info.exists() || !info.isReadable() || info.isDir())
            missing.append(path);
    }
    return missing;
}

void AttachmentList::updateSummary()
{
    const int count = m_ui->tree->topLevelItemCount();
    m_ui->tree->setVisible(count > 0);
    if (count == 0) {
        m_ui->totalLabel->setText(tr("Drop files on the window to attach them."));
        m_ui->totalLabel->setStyleSheet(QString());
        return;
    }
    const QLocale locale;
    const qint64 total = totalSize();
    const qint64 encoded = encodedSize(total);
    QString text = tr("%n file(s), %1 (about %2 when sent)", nullptr, count)
                       .arg(locale.formattedDataSize(total), locale.formattedDataSize(encoded));
    bool over = false;
    if (m_sizeLimit > 0) {
        over = encoded > m_sizeLimit;
        text += u" — "_s +
                (over ? tr("more than the server accepts (%1)") : tr("the server accepts up to %1"))
                    .arg(locale.formattedDataSize(m_sizeLimit));
    }
    const QStringList missing = missingPaths();
    if (!missing.isEmpty())
        text += u" — "_s + tr("%n file(s) missing", nullptr, int(missing.size()));
    m_ui->totalLabel->setText(text);
    m_ui->totalLabel->setStyleSheet(over || !missing.isEmpty() ? u"color: #e01b24;"_s : QString());
    for (int column = NameColumn; column <= TypeColumn; ++column)
        m_ui->tree->resizeColumnToContents(column);
    // Tall enough for up to four files without scrolling, no taller: the body needs the
    // room more.
    const int rows = std::min(count, 4);
    const int rowHeight = m_ui->tree->sizeHintForRow(0);
    m_ui->tree->setMaximumHeight(m_ui->tree->header()->sizeHint().height() + rows * rowHeight +
                                 2 * m_ui->tree->frameWidth() + 2);
}

bool AttachmentList::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->tree && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttachmentList::applyIcons()
{
    m_ui->addButton->setIcon(themedIcon(u"mail-attachment"_s, palette()));
}

void AttachmentList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyIcons();
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateSummary();
    }
    QWidget::changeEvent(event);
}

} // namespace hongyan
