#include "evaluate/MetricsStrip.h"
#include "evaluate/TranscriptView.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QTextBrowser>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {
QList<ChatMessage> conversation()
{
    const QDateTime start(QDate(2026, 1, 5), QTime(1, 31), QTimeZone::utc());
    return { { 1, start, MessageSender::Customer, {}, QStringLiteral("카드 4111 1111 1111 1111, 연락처 010-1234-5678") },
             { 2, start.addSecs(95), MessageSender::Agent, QStringLiteral("김민지"), QStringLiteral("확인했습니다.") } };
}

QString shownText(const TranscriptView& view)
{
    return view.findChild<QTextBrowser*>(QStringLiteral("transcriptBrowser"))->toPlainText();
}
} // namespace

TEST_CASE("personal data in a transcript is masked unless the role may reveal it and the user asks")
{
    TranscriptView view;
    view.setMessages(conversation());
    auto* reveal = view.findChild<QCheckBox*>(QStringLiteral("revealPersonalDataCheckBox"));
    REQUIRE(reveal);
    CHECK(shownText(view).contains(QStringLiteral("**** **** **** 1111")));
    CHECK(shownText(view).contains(QStringLiteral("010-****-5678")));
    CHECK_FALSE(shownText(view).contains(QStringLiteral("4111 1111 1111 1111")));
    CHECK(reveal->isHidden()); // an evaluator has no switch at all

    view.setRevealed(true); // not allowed: stays masked
    CHECK_FALSE(view.isRevealed());

    view.setRevealAllowed(true);
    CHECK_FALSE(reveal->isHidden());
    reveal->setChecked(true);
    CHECK(shownText(view).contains(QStringLiteral("4111 1111 1111 1111")));
    CHECK(shownText(view).contains(QStringLiteral("010-1234-5678")));

    view.setRevealAllowed(false); // e.g. the user switched to an evaluator
    CHECK(shownText(view).contains(QStringLiteral("**** **** **** 1111")));
}

TEST_CASE("a chat's strip shows its first response, longest wait, messages per party and replies within a minute")
{
    const QDateTime start(QDate(2026, 11, 20), QTime(1, 0), QTimeZone::utc());
    const auto message = [&](int sequence, int second, MessageSender sender) {
        return ChatMessage { sequence, start.addSecs(second), sender, {}, QStringLiteral("…") };
    };
    TranscriptView view;
    view.setTimeZone(QTimeZone::utc());
    // The customer writes twice (the wait runs from the first), the agent answers after 95 s; a bot message answers
    // nothing, and the agent's next reply comes 210 s after the customer's; the last one 40 s after.
    view.setMessages({ message(1, 0, MessageSender::Customer), message(2, 20, MessageSender::Customer),
                       message(3, 95, MessageSender::Agent), message(4, 120, MessageSender::Customer),
                       message(5, 130, MessageSender::Bot), message(6, 330, MessageSender::Agent),
                       message(7, 360, MessageSender::Customer), message(8, 400, MessageSender::Agent) });
    const MetricsStrip* strip = view.metrics();
    // In the run's language (QADESK_TEST_LANGUAGE, English by default).
    const auto tr = [](const char* context, const char* source) { return QCoreApplication::translate(context, source); };
    const auto minutes = [&tr](int m, int s) {
        return tr("qadesk::MetricsStrip", "%1 min %2 s").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    };
    const auto waited = [&tr](const QString& duration) { return tr("qadesk::TranscriptView", "waited %1").arg(duration); };
    CHECK(strip->value(tr("qadesk::TranscriptView", "First response")) == minutes(1, 35));
    CHECK(strip->value(tr("qadesk::TranscriptView", "Longest wait")) == minutes(3, 30));
    CHECK(strip->value(tr("qadesk::TranscriptView", "Messages"))
          == tr("qadesk::TranscriptView", "agent %1 / customer %2").arg(3).arg(4));
    const QString withinLabel
        = tr("qadesk::TranscriptView", "Replies within %1").arg(tr("qadesk::MetricsStrip", "%1 min").arg(1));
    CHECK(strip->value(withinLabel)
          == tr("qadesk::TranscriptView", "%1 (%2 of %3)").arg(tr("qadesk::MetricsStrip", "%1 %").arg(33)).arg(1).arg(3));
    const QString text = shownText(view);
    CHECK(text.contains(QStringLiteral("[%1]").arg(waited(minutes(1, 35)))));
    CHECK(text.contains(QStringLiteral("[%1]").arg(waited(minutes(3, 30)))));
    CHECK(text.contains(QStringLiteral("[%1]").arg(waited(tr("qadesk::MetricsStrip", "%1 s").arg(QStringLiteral("40.0"))))));
    CHECK(text.count(waited(QString())) == 3);
}
