#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class AttachmentList;
}

namespace hongyan {

// The files attached to a message: name with its type icon, size, type and folder; added
// with a file dialog (or by dropping files anywhere on the compose window), removed with
// the button or Delete. Shows the total and, when the server's SIZE limit is known, how
// the encoded message compares with it. Missing files are marked.
class AttachmentList : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentList(QWidget* parent = nullptr);
    ~AttachmentList() override;

    QStringList paths() const;
    void setPaths(const QStringList& paths);
    // Paths already attached are not added twice; directories are refused.
    void addPaths(const QStringList& paths);
    // 0: not known.
    void setSizeLimit(qint64 bytes);
    void setReadOnly(bool readOnly);
    // Sum of the files' sizes, and an estimate of what base64 makes of them.
    qint64 totalSize() const;
    static qint64 encodedSize(qint64 size);
    // Files that no longer exist or cannot be read.
    QStringList missingPaths() const;

public slots:
    void addWithDialog();
    void removeSelected();

signals:
    // The user added or removed files.
    void changed();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Icons in the palette's colours (themedicon.h): at start and when the palette changes.
    void applyIcons();
    void appendItem(const QString& path);
    void updateSummary();

    std::unique_ptr<Ui::AttachmentList> m_ui;
    qint64 m_sizeLimit = 0;
    bool m_readOnly = false;
};

} // namespace hongyan
