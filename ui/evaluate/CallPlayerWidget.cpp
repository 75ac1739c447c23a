#include "CallPlayerWidget.h"

#include "MetricsStrip.h"
#include "WaveformView.h"
#include "model/Contact.h"
#include "storage/RecordingPeaksRepository.h"
#include "shell/Theme.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QAudioOutput>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QSlider>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <numeric>

namespace qadesk {

namespace {
constexpr double s_speeds[] = { 0.5, 0.75, 1.0, 1.25, 1.5, 2.0 };
}

CallPlayerWidget::CallPlayerWidget(const Database& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_waveform(new WaveformView(this))
    , m_metrics(new MetricsStrip(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_metrics);
    m_metrics->hide(); // until the call is analysed
    layout->addWidget(m_waveform);
    m_waveform->hide(); // until there is a recording
    // The seek slider has a row of its own, so it keeps the pane's width however narrow the pane gets.
    auto* seekRow = new QHBoxLayout();
    m_positionSlider = new QSlider(Qt::Horizontal, this);
    m_positionSlider->setObjectName(QStringLiteral("positionSlider"));
    m_positionSlider->setMinimumWidth(s_minimumSeekWidth);
    seekRow->addWidget(m_positionSlider, 1);
    m_timeLabel = new QLabel(QStringLiteral("00:00 / 00:00"), this);
    seekRow->addWidget(m_timeLabel);
    layout->addLayout(seekRow);
    auto* controls = new QHBoxLayout();
    const auto button = [this, controls](const char* name) {
        auto* b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(name));
        controls->addWidget(b);
        return b;
    };
    m_backButton = button("backButton");
    m_playButton = button("playButton");
    m_forwardButton = button("forwardButton");
    m_speedComboBox = new QComboBox(this);
    m_speedComboBox->setObjectName(QStringLiteral("speedComboBox"));
    for (const double speed : s_speeds)
        m_speedComboBox->addItem(QStringLiteral("%1×").arg(speed), speed);
    m_speedComboBox->setCurrentIndex(2);
    controls->addWidget(m_speedComboBox);
    m_volumeSlider = new QSlider(Qt::Horizontal, this);
    m_volumeSlider->setRange(0, 100);
    m_volumeSlider->setValue(80);
    m_volumeSlider->setMaximumWidth(90);
    controls->addWidget(m_volumeSlider);
    controls->addStretch();
    layout->addLayout(controls);
    m_markers = new MarkerStrip(this);
    layout->addWidget(m_markers);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("playerStatusLabel"));
    m_statusLabel->setStyleSheet(QStringLiteral("color: %1;").arg(theme::css(theme::Colour::Bad)));
    // A message may hold a long path without spaces: it wraps where it can and never widens the window.
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_statusLabel);

    connect(m_playButton, &QToolButton::clicked, this, &CallPlayerWidget::togglePlay);
    connect(m_backButton, &QToolButton::clicked, this, [this] { skip(-5000); });
    connect(m_forwardButton, &QToolButton::clicked, this, [this] { skip(5000); });
    connect(m_speedComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_player)
            m_player->setPlaybackRate(speed());
    });
    connect(m_volumeSlider, &QSlider::valueChanged, this, [this] {
        if (m_output)
            m_output->setVolume(volume());
    });
    connect(m_positionSlider, &QSlider::sliderMoved, this, &CallPlayerWidget::seek);
    connect(m_positionSlider, &QSlider::sliderPressed, this, [this] { seek(m_positionSlider->value()); });
    connect(m_markers, &MarkerStrip::seekRequested, this, &CallPlayerWidget::seek);
    connect(m_waveform, &WaveformView::seekRequested, this, &CallPlayerWidget::seek);

    // Shortcuts as actions, active while the evaluation page has focus.
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_shortcuts = { shortcut(QKeySequence(Qt::Key_Space), [this] { togglePlay(); }),
                    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Left), [this] { skip(-5000); }),
                    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Right), [this] { skip(5000); }),
                    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up),
                             [this] {
                                 m_speedComboBox->setCurrentIndex(
                                     std::min(m_speedComboBox->currentIndex() + 1, m_speedComboBox->count() - 1));
                             }),
                    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] {
                        m_speedComboBox->setCurrentIndex(std::max(m_speedComboBox->currentIndex() - 1, 0));
                    }) };
    retranslate();
}

// Loading the media backend (GStreamer and its plugins) takes the GUI thread a tenth of a second of CPU, and longer
// from a cold disk: it happens with the first recording, not when the evaluation page is made.
QMediaPlayer* CallPlayerWidget::mediaPlayer()
{
    if (m_player)
        return m_player;
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_output->setVolume(volume());
    m_player->setAudioOutput(m_output);
    m_player->setPlaybackRate(speed());
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_positionSlider->setRange(0, int(duration));
        m_markers->setMarkers(m_markerList, duration);
        m_waveform->setDuration(duration);
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (!m_positionSlider->isSliderDown()) // never fight the user's drag
            m_positionSlider->setValue(int(position));
        m_waveform->setPosition(position);
        updateTime();
        emit positionChanged(position);
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &CallPlayerWidget::retranslate);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString& text) {
        setStatus(tr("The recording cannot be played: %1").arg(text));
    });
    return m_player;
}

float CallPlayerWidget::volume() const
{
    return float(m_volumeSlider->value()) / 100.0f;
}

void CallPlayerWidget::retranslate()
{
    m_backButton->setText(tr("−5 s"));
    m_backButton->setToolTip(tr("Back 5 seconds (Ctrl+Left)"));
    m_playButton->setText(isPlaying() ? tr("Pause") : tr("Play"));
    m_playButton->setToolTip(tr("Play or pause (Space)"));
    m_forwardButton->setText(tr("+5 s"));
    m_forwardButton->setToolTip(tr("Forward 5 seconds (Ctrl+Right)"));
    m_speedComboBox->setToolTip(tr("Playback speed (Ctrl+Up / Ctrl+Down)"));
    m_volumeSlider->setToolTip(tr("Volume"));
    const QStringList texts { tr("Play or pause the recording"), tr("Back 5 seconds"), tr("Forward 5 seconds"),
                              tr("Faster playback"), tr("Slower playback") };
    for (int i = 0; i < m_shortcuts.size(); ++i)
        m_shortcuts.at(i)->setText(texts.at(i));
    showMetrics();
}

void CallPlayerWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_missingPath.isEmpty())
            setStatus(missingText(m_missingPath));
    }
    QWidget::changeEvent(event);
}

QString CallPlayerWidget::missingText(const QString& path)
{
    return tr("The recording %1 is missing.").arg(path);
}

void CallPlayerWidget::setStatus(const QString& text)
{
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(text); // the whole message, where the label has to cut a long path
}

CallPlayerWidget::~CallPlayerWidget()
{
    cancelWaveform(); // an analysis still running holds its own copy of the peaks and is simply not heard
    if (m_player)
        m_player->stop();
}

void CallPlayerWidget::clearRecording()
{
    cancelWaveform();
    if (m_analysisWatcher) {
        m_analysisWatcher->disconnect(this); // its result belongs to the recording before
        m_analysisWatcher->deleteLater();
        m_analysisWatcher = nullptr;
    }
    m_analysis.reset();
    showMetrics();
    if (m_player) {
        m_player->stop();
        m_player->setSource(QUrl());
    }
    setStatus(QString());
    m_missingPath.clear();
    m_waveform->clear();
    m_waveform->hide(); // an empty frame would look like a waveform of silence
}

void CallPlayerWidget::setRecording(qint64 contactId, const QString& absolutePath, const Recording& recording)
{
    clearRecording();
    if (!QFileInfo::exists(absolutePath)) {
        m_missingPath = absolutePath;
        setStatus(missingText(absolutePath));
        return;
    }
    mediaPlayer()->setSource(QUrl::fromLocalFile(absolutePath));
    m_waveform->show();
    showWaveform(contactId, absolutePath, recording);
}

void CallPlayerWidget::showWaveform(qint64 contactId, const QString& absolutePath, const Recording& recording)
{
    // Taken before decoding, so a file that changes meanwhile leaves a stale entry rather than a wrong one.
    const RecordingStamp stamp = RecordingStamp::of(absolutePath);
    try {
        // Peaks cached without frame levels cannot be analysed: decode again, which replaces the entry.
        if (const auto cached = RecordingPeaksRepository(m_workspace).find(contactId, stamp);
            cached && cached->hasLevels()) {
            m_waveform->setPeaks(*cached, recording.agentChannel);
            analyse(*cached, recording.agentChannel);
            return;
        }
    } catch (const StorageError&) {
        // An unreadable cache only costs the time to compute the waveform again.
    }
    m_waveform->setProgress(0);
    WaveformDecoder::Options options;
    options.expectedDurationMs = recording.durationMs;
    auto* watcher = new QFutureWatcher<WaveformResult>(this);
    m_waveformWatcher = watcher;
    const int agentChannel = recording.agentChannel;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { m_waveform->setProgress(double(value) / WaveformDecoder::s_progressRange); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, contactId, stamp, agentChannel] {
        m_waveformWatcher = nullptr;
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0)
            return; // cancelled
        const WaveformResult result = watcher->result();
        if (!result.peaks) {
            m_waveform->setError(result.error);
            return;
        }
        m_waveform->setPeaks(*result.peaks, agentChannel);
        analyse(*result.peaks, agentChannel);
        try {
            RecordingPeaksRepository(m_workspace).store(contactId, stamp, *result.peaks);
        } catch (const StorageError&) {
            // A read-only or busy workspace just keeps no cache: the waveform is drawn and is computed next time.
        }
    });
    watcher->setFuture(WaveformDecoder::start(absolutePath, options));
}

void CallPlayerWidget::cancelWaveform()
{
    if (!m_waveformWatcher)
        return;
    // Its signals, possibly already queued, must not reach the next recording's waveform.
    m_waveformWatcher->disconnect(this);
    m_waveformWatcher->cancel();
    m_waveformWatcher->deleteLater();
    m_waveformWatcher = nullptr;
}

void CallPlayerWidget::analyse(const WaveformPeaks& peaks, int agentChannel)
{
    CallAnalysis::Options options;
    options.agentChannel = agentChannel;
    auto* watcher = new QFutureWatcher<std::optional<CallAnalysis>>(this);
    m_analysisWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_analysisWatcher = nullptr;
        watcher->deleteLater();
        m_analysis = watcher->result();
        if (m_analysis)
            m_waveform->setBands(m_analysis->deadAir, m_analysis->overtalk);
        showMetrics();
    });
    watcher->setFuture(QtConcurrent::run([peaks, options] { return CallAnalysis::of(peaks, options); }));
}

void CallPlayerWidget::showMetrics()
{
    if (!m_analysis) {
        m_metrics->clear();
        m_metrics->hide();
        return;
    }
    const CallAnalysis& call = *m_analysis;
    const auto longest = [](const QList<TimeSpan>& spans) {
        qint64 ms = 0;
        for (const TimeSpan& span : spans)
            ms = std::max(ms, span.lengthMs());
        return ms;
    };
    const QString none = tr("none");
    const auto total = [&none](const QList<TimeSpan>& spans) {
        return spans.isEmpty() ? none : MetricsStrip::duration(CallAnalysis::talkMs(spans));
    };
    QList<MetricsStrip::Metric> metrics;
    QString note;
    if (call.mono) {
        metrics << MetricsStrip::Metric { tr("Speech"), MetricsStrip::duration(CallAnalysis::talkMs(call.speech)),
                                          tr("Time anyone is speaking.") };
        note = tr("A mono recording: it tells speech from silence only, not who spoke, so talk times, overtalk and "
                  "response times need a stereo recording.");
    } else {
        const auto ratio = call.talkRatio();
        metrics << MetricsStrip::Metric { tr("Agent talk"), MetricsStrip::duration(call.agentTalkMs()),
                                          tr("Time the agent is speaking.") }
                << MetricsStrip::Metric { tr("Customer talk"), MetricsStrip::duration(call.customerTalkMs()),
                                          tr("Time the customer is speaking.") }
                << MetricsStrip::Metric {
                       tr("Talk ratio, agent : customer"),
                       ratio ? QStringLiteral("%1 : %2").arg(qRound(*ratio * 100)).arg(100 - qRound(*ratio * 100))
                             : none,
                       tr("The agent's share of the talking to the customer's, in percent.")
                   };
    }
    metrics << MetricsStrip::Metric { tr("Dead air"), total(call.deadAir),
                                      tr("Both sides silent for %1 or more, added up.")
                                          .arg(MetricsStrip::duration(CallAnalysis::Options().deadAirMs)) }
            << MetricsStrip::Metric { tr("Longest dead air"),
                                      call.deadAir.isEmpty() ? none : MetricsStrip::duration(longest(call.deadAir)),
                                      tr("The longest stretch of dead air.") };
    if (!call.mono) {
        QString latency = none;
        if (!call.responses.isEmpty()) {
            const qint64 sum
                = std::accumulate(call.responses.cbegin(), call.responses.cend(), qint64(0),
                                  [](qint64 s, const CallAnalysis::Response& r) { return s + r.latencyMs; });
            latency = MetricsStrip::duration(sum / call.responses.size());
        }
        metrics << MetricsStrip::Metric { tr("Overtalk"), total(call.overtalk),
                                          tr("Both sides speaking at once for %1 or more, added up.")
                                              .arg(MetricsStrip::duration(CallAnalysis::Options().overtalkMs)) }
                << MetricsStrip::Metric { tr("Longest agent monologue"),
                                          MetricsStrip::duration(call.longestMonologueMs),
                                          tr("The longest the agent spoke without the customer saying anything.") }
                << MetricsStrip::Metric { tr("Mean agent response"), latency,
                                          tr("From the end of each customer turn to the agent's first word, on "
                                             "average; below zero when the agent starts before the customer has "
                                             "finished.") };
    }
    m_metrics->setMetrics(metrics, note);
    m_metrics->show();
}

void CallPlayerWidget::setMarkers(const QList<MarkerStrip::Marker>& markers)
{
    m_markerList = markers;
    m_markers->setMarkers(markers, duration());
}

qint64 CallPlayerWidget::position() const
{
    return m_player ? m_player->position() : 0;
}

qint64 CallPlayerWidget::duration() const
{
    return m_player ? m_player->duration() : 0;
}

bool CallPlayerWidget::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

QString CallPlayerWidget::statusText() const
{
    return m_statusLabel->text();
}

void CallPlayerWidget::play()
{
    if (m_player)
        m_player->play();
}

void CallPlayerWidget::pause()
{
    if (m_player)
        m_player->pause();
}

void CallPlayerWidget::togglePlay()
{
    isPlaying() ? pause() : play();
}

void CallPlayerWidget::seek(qint64 positionMs)
{
    if (m_player)
        m_player->setPosition(std::clamp(positionMs, qint64(0), std::max(qint64(0), m_player->duration())));
}

void CallPlayerWidget::skip(qint64 deltaMs)
{
    seek(position() + deltaMs);
}

void CallPlayerWidget::setSpeed(double rate)
{
    for (int i = 0; i < m_speedComboBox->count(); ++i) {
        if (qFuzzyCompare(m_speedComboBox->itemData(i).toDouble(), rate))
            m_speedComboBox->setCurrentIndex(i);
    }
}

double CallPlayerWidget::speed() const
{
    return m_speedComboBox->currentData().toDouble();
}

QString CallPlayerWidget::clock(qint64 ms)
{
    return QStringLiteral("%1:%2").arg(ms / 60000, 2, 10, QLatin1Char('0')).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

void CallPlayerWidget::updateTime()
{
    m_timeLabel->setText(QStringLiteral("%1 / %2").arg(clock(position()), clock(duration())));
}

} // namespace qadesk
