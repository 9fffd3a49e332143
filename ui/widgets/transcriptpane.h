#pragma once

#include "timeline.h"
#include "transcriptrecord.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;

namespace Ui {
class TranscriptPane;
}

namespace hongyan {

class TimingChart;
class TranscriptFilterModel;
class TranscriptModel;

// A live protocol transcript: time, direction marker and text, coloured by direction
// (client, server, inside TLS, information, error), with a Summary / Debug level switch,
// direction filters, search (find next / previous, or only matching lines), copy, save and
// clear; and on a tab beside it, where the exchange's time went (TimingChart). Self-contained:
// give it records and spans, it does the rest. Used by the compose window, the outbox, the
// diagnosis window and the SMTP console.
class TranscriptPane : public QWidget
{
    Q_OBJECT

public:
    explicit TranscriptPane(QWidget* parent = nullptr);
    ~TranscriptPane() override;

    void append(const smtp::TranscriptRecord& record);
    // A line of the app's own, told again in the new language when the language changes.
    void appendTold(const smtp::TranscriptRecord& record, std::function<QString()> tell);
    // A span of the exchange's time, for the Timing tab.
    void addTiming(const smtp::PhaseTiming& timing);
    // Both the transcript and the timing.
    void clear();
    // The timing only: a new exchange begins in a transcript that goes on.
    void clearTiming();
    TimingChart* timingChart() const;

    void setLevel(smtp::TranscriptRecord::Level level);
    smtp::TranscriptRecord::Level level() const;
    // Every record appended (inserted or still pending).
    TranscriptModel* model() const { return m_model; }
    // The records as shown, one line each, as copy and save produce them.
    QStringList visibleLines() const;
    // Writes visibleLines() to a file (UTF-8); false with *error when it could not.
    bool saveTo(const QString& path, QString* error = nullptr) const;

public slots:
    void findNext();
    void findPrevious();

protected:
    void changeEvent(QEvent* event) override;

private:
    void find(int step);
    void copy();
    void save();
    void updateCount();
    void followIfAtEnd();
    void retranslate();
    void updateTimingTitle();
    void fitSearchField();

    std::unique_ptr<Ui::TranscriptPane> m_ui;
    TranscriptModel* m_model = nullptr;
    TranscriptFilterModel* m_filter = nullptr;
    QList<QAction*> m_directionActions;
    bool m_follow = true;
};

} // namespace hongyan
