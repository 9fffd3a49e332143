// The body editor on its own: the plain-text alternative of formatted text, the signature
// below "-- " swapped with the account, plain-text mode, quoting, links, inline images.
#include "iconink.h"
#include "richtexteditor.h"
#include "themedicon.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFontComboBox>
#include <QImage>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace hongyan;

class TestEditor : public QObject
{
    Q_OBJECT

private slots:
    void plainAlternativeOfFormattedText()
    {
        RichTextEditor editor;
        editor.setContent(false,
                          u"<p>Hello <b>Bob</b>,</p>"
                          u"<ul><li>first</li><li>second</li></ul>"
                          u"<ol><li>one</li><li>two</li></ol>"
                          u"<blockquote>quoted words</blockquote>"
                          u"<p>see <a href=\"https://example.org/x\">the page</a></p>"_s,
                          QString(), {});
        const QString plain = editor.plainText();
        QVERIFY2(plain.contains(u"Hello Bob,"_s), qPrintable(plain));
        QVERIFY2(plain.contains(u"- first\n- second"_s), qPrintable(plain));
        QVERIFY2(plain.contains(u"1. one\n2. two"_s), qPrintable(plain));
        QVERIFY2(plain.contains(u"> quoted words"_s), qPrintable(plain));
        QVERIFY2(plain.contains(u"the page <https://example.org/x>"_s), qPrintable(plain));
    }

    void signatureIsSwappedNotAdded()
    {
        RichTextEditor editor;
        editor.setContent(false, QString(), QString(), {});
        editor.setSignature(u"<p>Alice<br>Example Inc.</p>"_s);
        QTextCursor cursor(editor.edit()->document());
        editor.edit()->setTextCursor(cursor);
        QTest::keyClicks(editor.edit(), u"Body text"_s);
        editor.setSignature(u"<p>Bob</p>"_s);
        QString plain = editor.plainText();
        QCOMPARE(plain.count(u"-- \n"_s), 1);
        QVERIFY(plain.startsWith(u"Body text"_s));
        QVERIFY(plain.endsWith(u"-- \nBob"_s));
        QVERIFY(!plain.contains(u"Alice"_s));

        // Through the HTML of a saved draft and back, the delimiter keeps its space.
        const QString html = editor.html();
        RichTextEditor restored;
        restored.setContent(false, html, editor.plainText(), {});
        restored.setSignature(u"<p>Carol</p>"_s);
        plain = restored.plainText();
        QCOMPARE(plain.count(u"-- \n"_s), 1);
        QVERIFY(plain.endsWith(u"-- \nCarol"_s));

        restored.setSignature(QString());
        QCOMPARE(restored.plainText(), u"Body text"_s);
    }

    void plainTextMode()
    {
        RichTextEditor editor;
        QSignalSpy changed(&editor, &RichTextEditor::contentChanged);
        editor.setContent(false, u"<p><b>bold</b> text</p>"_s, QString(), {});
        QCOMPARE(changed.count(), 0); // programmatic: not the user's edit
        editor.setPlainText(true);
        QVERIFY(editor.isPlainText());
        QVERIFY(editor.html().isEmpty());
        QCOMPARE(editor.plainText(), u"bold text"_s);
        QVERIFY(!editor.findChild<QToolButton*>(u"boldButton"_s)->isEnabled());
        // Pasting rich text or an image in plain mode inserts text only.
        QApplication::clipboard()->setImage(QImage(8, 8, QImage::Format_RGB32));
        editor.edit()->paste();
        QVERIFY(editor.inlineImages().isEmpty());
        editor.setPlainText(false);
        QVERIFY(editor.findChild<QToolButton*>(u"boldButton"_s)->isEnabled());
        QVERIFY(editor.html().contains(u"bold text"_s));
    }

    void quoteAndLists()
    {
        RichTextEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.edit()->setFocus();
        QTest::keyClicks(editor.edit(), u"a quoted line"_s);
        QTest::mouseClick(editor.findChild<QToolButton*>(u"quoteButton"_s), Qt::LeftButton);
        QVERIFY(editor.plainText().startsWith(u"> a quoted line"_s));
        // A quote survives the draft's HTML.
        RichTextEditor restored;
        restored.setContent(false, editor.html(), QString(), {});
        QVERIFY2(restored.plainText().startsWith(u"> a quoted line"_s), qPrintable(editor.html()));
        QTest::mouseClick(editor.findChild<QToolButton*>(u"quoteButton"_s), Qt::LeftButton);
        QCOMPARE(editor.plainText(), u"a quoted line"_s);
        QTest::mouseClick(editor.findChild<QToolButton*>(u"bulletListButton"_s), Qt::LeftButton);
        QCOMPARE(editor.plainText(), u"- a quoted line"_s);
        QTest::mouseClick(editor.findChild<QToolButton*>(u"bulletListButton"_s), Qt::LeftButton);
        QCOMPARE(editor.plainText(), u"a quoted line"_s);
        QTest::mouseClick(editor.findChild<QToolButton*>(u"numberedListButton"_s), Qt::LeftButton);
        QCOMPARE(editor.plainText(), u"1. a quoted line"_s);
    }

    void inlineImagesAndDroppedFiles()
    {
        RichTextEditor editor;
        QImage image(12, 10, QImage::Format_RGB32);
        image.fill(Qt::green);
        QApplication::clipboard()->setImage(image);
        editor.edit()->paste();
        const QList<RichTextEditor::InlineImage> images = editor.inlineImages();
        QCOMPARE(images.size(), 1);
        QVERIFY(images.first().name.startsWith(u"cid:"_s));
        QCOMPARE(images.first().mimeType, u"image/png"_s);
        QVERIFY(editor.html().contains(images.first().name));
        QImage decoded;
        QVERIFY(decoded.loadFromData(images.first().data));
        QCOMPARE(decoded.size(), image.size());

        // Back from a draft: the image is shown again and still listed.
        RichTextEditor restored;
        restored.setContent(false, editor.html(), editor.plainText(), images);
        QCOMPARE(restored.inlineImages().size(), 1);

        // Files pasted or dropped become attachments, not text.
        QSignalSpy dropped(&editor, &RichTextEditor::filesDropped);
        auto* data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(u"/tmp/a.pdf"_s)});
        QApplication::clipboard()->setMimeData(data);
        editor.edit()->paste();
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped.first().first().toStringList(), QStringList{u"/tmp/a.pdf"_s});
        QCOMPARE(editor.inlineImages().size(), 1);
    }

    void wholeFormattingBar()
    {
        // Issue 18, the compose window's look: font family, alignment, indent, an image
        // from a file, a horizontal line and "remove text styles", each reaching the HTML
        // that is sent.
        RichTextEditor editor;
        QTextEdit* edit = editor.edit();
        const auto click = [&editor](const char* name) {
            auto* button = editor.findChild<QToolButton*>(QString::fromLatin1(name));
            QVERIFY2(button && button->isEnabled(), name);
            button->click();
        };
        edit->setPlainText(u"Centred title"_s);
        edit->selectAll();
        auto* fonts = editor.findChild<QFontComboBox*>(u"fontCombo"_s);
        QVERIFY(fonts);
        fonts->setCurrentFont(QFont(u"DejaVu Serif"_s));
        click("alignCenterButton");
        QVERIFY(editor.findChild<QToolButton*>(u"alignCenterButton"_s)->isChecked());
        QVERIFY(editor.html().contains(u"DejaVu Serif"_s));
        QVERIFY2(editor.html().contains(u"align=\"center\""_s), qPrintable(editor.html()));

        QTextCursor cursor = edit->textCursor();
        cursor.movePosition(QTextCursor::End);
        edit->setTextCursor(cursor);
        edit->textCursor().insertBlock();
        click("alignLeftButton");
        click("indentMoreButton");
        click("indentMoreButton");
        click("indentLessButton");
        QCOMPARE(edit->textCursor().blockFormat().indent(), 1);
        QTest::keyClicks(edit, u"indented"_s);
        click("ruleButton");
        QVERIFY2(editor.html().contains(u"<hr"_s), qPrintable(editor.html()));

        QTemporaryDir dir;
        const QString picture = dir.filePath(u"logo.png"_s);
        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(picture));
        QString error;
        QVERIFY2(editor.insertImageFile(picture, &error), qPrintable(error));
        QCOMPARE(editor.inlineImages().size(), 1);
        QCOMPARE(editor.inlineImages().first().mimeType, u"image/png"_s);
        const QString notAPicture = dir.filePath(u"notes.txt"_s);
        QFile text(notAPicture);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just words");
        text.close();
        QVERIFY(!editor.insertImageFile(notAPicture, &error));
        QVERIFY2(error.contains(notAPicture), qPrintable(error));

        // Styles off, the image and the link kept.
        edit->textCursor().insertHtml(u" <b>bold</b> <a href=\"https://example.org\">link</a>"_s);
        QVERIFY2(editor.html().contains(u"font-weight:700"_s), qPrintable(editor.html()));
        edit->selectAll();
        click("clearFormatButton");
        QVERIFY2(!editor.html().contains(u"font-weight:700"_s), qPrintable(editor.html()));
        QVERIFY2(!editor.html().contains(u"DejaVu Serif"_s), qPrintable(editor.html()));
        QVERIFY2(editor.html().contains(u"https://example.org"_s), qPrintable(editor.html()));
        QCOMPARE(editor.inlineImages().size(), 1);
        QVERIFY(editor.html().contains(editor.inlineImages().first().name));
        QVERIFY2(editor.plainText().contains(u"bold link"_s), qPrintable(editor.plainText()));
    }

    void iconsReadOnDarkAndLightPalettes()
    {
        // Issue 18, the compose window's look: icons that stay readable in a dark theme.
        // Without an icon theme (as here) the buttons show our own drawings in the
        // palette's button-text colour, redrawn when the palette changes.
        RichTextEditor editor;
        auto* bold = editor.findChild<QToolButton*>(u"boldButton"_s);
        QVERIFY(bold);
        const auto inkLightness = [bold] { return testsupport::inkLightness(bold->icon()); };
        QPalette light;
        light.setColor(QPalette::ButtonText, Qt::black);
        light.setColor(QPalette::Button, QColor(240, 240, 240));
        editor.setPalette(light);
        const int onLight = inkLightness();
        QVERIFY2(onLight >= 0 && onLight < 80, qPrintable(QString::number(onLight)));
        QPalette dark;
        dark.setColor(QPalette::ButtonText, QColor(235, 235, 235));
        dark.setColor(QPalette::Button, QColor(45, 45, 45));
        editor.setPalette(dark);
        const int onDark = inkLightness();
        QVERIFY2(onDark > 180, qPrintable(QString::number(onDark)));
        QCOMPARE(bold->toolButtonStyle(), Qt::ToolButtonIconOnly);
        QVERIFY(!bold->toolTip().isEmpty()); // its name, with the shortcut

        // Every drawing the program carries is there and draws something.
        const QStringList names = QDir(u":/actions"_s).entryList({u"*.svg"_s});
        QVERIFY2(names.size() >= 18, qPrintable(names.join(u", "_s)));
        for (const QString& name : names) {
            const QIcon icon = hongyan::themedIcon(name.chopped(4), light);
            QVERIFY2(!icon.pixmap(24, 24).toImage().isNull(), qPrintable(name));
        }
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
