#include "evaluate/TranscriptView.h"

#include <QCheckBox>
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
