#include "autoqa/AutoQaEngine.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

const QDateTime s_start(QDate(2026, 11, 2), QTime(1, 0, 0), Qt::UTC);

ChatMessage message(int sequence, int second, MessageSender sender, const QString& text)
{
    return { sequence, s_start.addSecs(second), sender, {}, text };
}

// A chat: the customer writes at 0 s, the agent greets (with a space inside the greeting) at 30 s, answers at 100 s
// (after a 40 s wait from 60 s), and closes at 300 s with a thank-you.
Contact chat()
{
    Contact contact;
    contact.channel = Channel::Chat;
    contact.startedAt = s_start;
    contact.messages = {
        message(1, 0, MessageSender::Customer, QStringLiteral("카드 분실 신고하려고요")),
        message(2, 30, MessageSender::Agent, QStringLiteral("안녕 하세요, 상담사 김민지입니다.")),
        message(3, 60, MessageSender::Customer, QStringLiteral("네 어제 잃어버렸어요")),
        message(4, 100, MessageSender::Agent, QStringLiteral("확인해 드리겠습니다. 모르겠는데요, 잠시만요.")),
        message(5, 300, MessageSender::Agent, QStringLiteral("이용해 주셔서 감사합니다!")),
    };
    return contact;
}

ScorecardItem yesNoItem(const AutoQaRule& rule)
{
    ScorecardItem item;
    item.key = QStringLiteral("item");
    item.maxPoints = 5;
    item.options = yesNoOptions(5);
    item.autoRule = rule;
    return item;
}

AutoQaRule phraseRule(AutoQaRule::Kind kind, const QStringList& phrases,
                      AutoQaRule::Window window = AutoQaRule::Window::Whole, int size = 0)
{
    AutoQaRule rule;
    rule.kind = kind;
    rule.phrases = phrases;
    rule.window = window;
    rule.windowSize = size;
    return rule;
}

AutoQaRule metricRule(AutoQaRule::Metric metric, AutoQaRule::Comparison comparison, double threshold)
{
    AutoQaRule rule;
    rule.kind = AutoQaRule::Kind::Metric;
    rule.metric = metric;
    rule.comparison = comparison;
    rule.threshold = threshold;
    return rule;
}

ContactMeasures chatMeasures(const Contact& contact)
{
    return ContactMeasures::of(ChatAnalysis::of(contact.messages));
}

} // namespace

TEST_CASE("phrase matching ignores spacing, case, punctuation and the width of characters")
{
    CHECK(AutoQaRule::normalized(QStringLiteral("안녕 하세요!")) == QStringLiteral("안녕하세요"));
    CHECK(AutoQaRule::normalized(QStringLiteral("Thank-You, Sir")) == QStringLiteral("thankyousir"));
    CHECK(AutoQaRule::normalized(QStringLiteral("ＡＢＣ　１２３")) == QStringLiteral("abc123")); // full-width forms
    // Hangul typed as separate jamo (NFD) matches the composed syllables.
    CHECK(AutoQaRule::normalized(QStringLiteral("안녕").normalized(QString::NormalizationForm_D))
          == QStringLiteral("안녕"));
}

TEST_CASE("a phrase said within the first messages passes, with the message as evidence, whatever its spacing")
{
    const Contact contact = chat();
    // The agent wrote "안녕 하세요"; the manager listed the variants without the space.
    const auto rule
        = phraseRule(AutoQaRule::Kind::PhrasePresent, { QStringLiteral("안녕하십니까"), QStringLiteral("안녕하세요") },
                     AutoQaRule::Window::FirstMessages, 1);
    const auto suggestion = AutoQaEngine::suggest(yesNoItem(rule), contact, chatMeasures(contact));
    REQUIRE(suggestion);
    CHECK(suggestion->passed);
    CHECK(suggestion->optionLabel == QStringLiteral("yes"));
    CHECK(suggestion->optionIndex == 0);
    REQUIRE(suggestion->evidence.size() == 1);
    CHECK(suggestion->evidence.at(0).messageSequence == 2);
    CHECK(suggestion->evidence.at(0).messageText == QStringLiteral("안녕 하세요, 상담사 김민지입니다."));
    CHECK_FALSE(suggestion->evidence.at(0).span); // a chat has no recording to seek in
    CHECK(AutoQaEngine::explain(rule, *suggestion)
          == QStringLiteral("Message 2 says “안녕 하세요, 상담사 김민지입니다.”."));
    CHECK(suggestion->ruleFingerprint == rule.fingerprint());
}

TEST_CASE("the windows count agent messages, or seconds from the first or to the last message")
{
    const Contact contact = chat();
    const ContactMeasures measures = chatMeasures(contact);
    const QStringList thanks { QStringLiteral("감사합니다") };
    using W = AutoQaRule::Window;
    // The thank-you is the agent's third message (sequence 5): outside the first two, inside the last one.
    CHECK_FALSE(
        AutoQaEngine::suggest(yesNoItem(phraseRule(AutoQaRule::Kind::PhrasePresent, thanks, W::FirstMessages, 2)),
                              contact, measures)
            ->passed);
    CHECK(AutoQaEngine::suggest(yesNoItem(phraseRule(AutoQaRule::Kind::PhrasePresent, thanks, W::LastMessages, 1)),
                                contact, measures)
              ->passed);
    // It came 300 s after the first message: outside the first 299 s, inside the first 300 s (inclusive).
    CHECK_FALSE(
        AutoQaEngine::suggest(yesNoItem(phraseRule(AutoQaRule::Kind::PhrasePresent, thanks, W::FirstSeconds, 299)),
                              contact, measures)
            ->passed);
    CHECK(AutoQaEngine::suggest(yesNoItem(phraseRule(AutoQaRule::Kind::PhrasePresent, thanks, W::FirstSeconds, 300)),
                                contact, measures)
              ->passed);
    // The greeting (30 s) is 270 s before the end: inside the last 270 s, not the last 269 s.
    const QStringList hello { QStringLiteral("안녕하세요") };
    CHECK(AutoQaEngine::suggest(yesNoItem(phraseRule(AutoQaRule::Kind::PhrasePresent, hello, W::LastSeconds, 270)),
                                contact, measures)
              ->passed);
    const auto late = AutoQaEngine::suggest(
        yesNoItem(phraseRule(AutoQaRule::Kind::PhrasePresent, hello, W::LastSeconds, 269)), contact, measures);
    CHECK_FALSE(late->passed);
    CHECK(late->optionLabel == QStringLiteral("no"));
    CHECK(late->evidence.isEmpty());
    CHECK(AutoQaEngine::explain(phraseRule(AutoQaRule::Kind::PhrasePresent, hello, W::LastSeconds, 269), *late)
          == QStringLiteral("No agent message in the last 269 second(s) says 안녕하세요."));
    // Customers' words never count: "잃어버렸어요" is only in a customer message.
    CHECK_FALSE(
        AutoQaEngine::suggest(yesNoItem(phraseRule(AutoQaRule::Kind::PhrasePresent, { QStringLiteral("잃어버렸") })),
                              contact, measures)
            ->passed);
}

TEST_CASE("absent and forbidden phrases fail on the messages that say them")
{
    const Contact contact = chat();
    const ContactMeasures measures = chatMeasures(contact);
    const auto absent = phraseRule(AutoQaRule::Kind::PhraseAbsent, { QStringLiteral("모르겠는데요") },
                                   AutoQaRule::Window::FirstMessages, 1);
    CHECK(AutoQaEngine::suggest(yesNoItem(absent), contact, measures)->passed); // message 4 is the second agent message
    const auto forbidden
        = phraseRule(AutoQaRule::Kind::ForbiddenPhrase, { QStringLiteral("모르 겠는데요"), QStringLiteral("짜증") });
    const auto suggestion = AutoQaEngine::suggest(yesNoItem(forbidden), contact, measures);
    REQUIRE(suggestion);
    CHECK_FALSE(suggestion->passed);
    CHECK(suggestion->optionLabel == QStringLiteral("no"));
    REQUIRE(suggestion->evidence.size() == 1);
    CHECK(suggestion->evidence.at(0).messageSequence == 4);
    const auto clean = phraseRule(AutoQaRule::Kind::ForbiddenPhrase, { QStringLiteral("짜증") });
    CHECK(AutoQaEngine::suggest(yesNoItem(clean), contact, measures)->passed);
}

TEST_CASE("chat metric rules compare the measured waits with the threshold, with the reply as evidence")
{
    const Contact contact = chat();
    const ContactMeasures measures = chatMeasures(contact);
    using C = AutoQaRule::Comparison;
    // First response: customer at 0 s, agent at 30 s = 30 s.
    const auto first = AutoQaEngine::suggest(
        yesNoItem(metricRule(AutoQaRule::Metric::FirstResponseSeconds, C::AtMost, 30)), contact, measures);
    CHECK(first->passed);
    CHECK(first->measured == Approx(30));
    REQUIRE(first->evidence.size() == 1);
    CHECK(first->evidence.at(0).messageSequence == 2);
    CHECK_FALSE(AutoQaEngine::suggest(yesNoItem(metricRule(AutoQaRule::Metric::FirstResponseSeconds, C::AtMost, 29.9)),
                                      contact, measures)
                    ->passed);
    // Longest wait: 60 s -> 100 s = 40 s (the 30 s first reply is shorter), at message 4.
    const auto rule = metricRule(AutoQaRule::Metric::LongestWaitSeconds, C::AtMost, 35);
    const auto longest = AutoQaEngine::suggest(yesNoItem(rule), contact, measures);
    CHECK_FALSE(longest->passed);
    CHECK(longest->measured == Approx(40));
    CHECK(longest->evidence.at(0).messageSequence == 4);
    CHECK(AutoQaEngine::explain(rule, *longest)
          == QStringLiteral("Longest reply wait (s): 40.0, over the limit of 35."));
    // Both replies (30 s, 40 s) are within the default minute: 100 %.
    const auto share = AutoQaEngine::suggest(
        yesNoItem(metricRule(AutoQaRule::Metric::RepliesWithinLimitPercent, C::AtLeast, 90)), contact, measures);
    CHECK(share->passed);
    CHECK(share->measured == Approx(100));
    // A call metric does not apply to a chat.
    QString whyNot;
    CHECK_FALSE(AutoQaEngine::suggest(yesNoItem(metricRule(AutoQaRule::Metric::LongestDeadAirSeconds, C::AtMost, 10)),
                                      contact, measures, &whyNot));
    CHECK(whyNot == QStringLiteral("The measure needs the call's analysed recording."));
}

TEST_CASE("call metric rules read the call analysis and give the time spans as evidence")
{
    Contact call;
    call.channel = Channel::Call;
    call.startedAt = s_start;
    call.durationSeconds = 100;
    CallAnalysis analysis;
    analysis.durationMs = 100000;
    analysis.agent = { { 0, 20000 }, { 50000, 90000 } };
    analysis.customer = { { 18000, 30000 }, { 88000, 100000 } };
    analysis.deadAir = { { 30000, 42000 }, { 42500, 50000 } }; // 12 s and 7.5 s
    analysis.overtalk = { { 18000, 20000 }, { 88000, 90000 } }; // 4 s of 100 s
    analysis.longestMonologueMs = 38000;
    const ContactMeasures measures = ContactMeasures::of(analysis);
    using C = AutoQaRule::Comparison;

    const auto deadAir = AutoQaEngine::suggest(
        yesNoItem(metricRule(AutoQaRule::Metric::LongestDeadAirSeconds, C::AtMost, 10)), call, measures);
    CHECK_FALSE(deadAir->passed);
    CHECK(deadAir->measured == Approx(12));
    REQUIRE(deadAir->evidence.size() == 1);
    CHECK(deadAir->evidence.at(0).span == TimeSpan { 30000, 42000 });

    const auto overtalk = AutoQaEngine::suggest(
        yesNoItem(metricRule(AutoQaRule::Metric::OvertalkPercent, C::AtMost, 5)), call, measures);
    CHECK(overtalk->passed);
    CHECK(overtalk->measured == Approx(4));
    CHECK(overtalk->evidence.size() == 2);
    CHECK(overtalk->evidence.at(1).span == TimeSpan { 88000, 90000 });

    // Talk: agent 20 + 40 = 60 s, customer 12 + 12 = 24 s: 60 / 84 = 71.43 %.
    const auto talk = AutoQaEngine::suggest(yesNoItem(metricRule(AutoQaRule::Metric::AgentTalkPercent, C::AtMost, 70)),
                                            call, measures);
    CHECK_FALSE(talk->passed);
    CHECK(talk->measured == Approx(100.0 * 60 / 84));
    CHECK(AutoQaEngine::suggest(yesNoItem(metricRule(AutoQaRule::Metric::LongestMonologueSeconds, C::AtMost, 38)), call,
                                measures)
              ->passed);

    // Without a transcript, a phrase rule does not apply to a call; without an analysis, a metric rule does not.
    QString whyNot;
    CHECK_FALSE(
        AutoQaEngine::suggest(yesNoItem(phraseRule(AutoQaRule::Kind::PhrasePresent, { QStringLiteral("안녕하세요") })),
                              call, measures, &whyNot));
    CHECK(whyNot == QStringLiteral("Phrase rules need the call's transcript, and none was imported."));
    CHECK_FALSE(
        AutoQaEngine::suggest(yesNoItem(metricRule(AutoQaRule::Metric::OvertalkPercent, C::AtMost, 5)), call, {}));
    // A mono call has no overtalk to measure.
    CallAnalysis mono = analysis;
    mono.mono = true;
    CHECK_FALSE(AutoQaEngine::suggest(yesNoItem(metricRule(AutoQaRule::Metric::OvertalkPercent, C::AtMost, 5)), call,
                                      ContactMeasures::of(mono)));
}

TEST_CASE("a call transcript with times gives phrase evidence its position in the recording")
{
    Contact call;
    call.channel = Channel::Call;
    call.startedAt = s_start;
    call.durationSeconds = 120;
    call.messages = { message(1, 2, MessageSender::Agent, QStringLiteral("네 안녕하십니까 고객님")),
                      message(2, 115, MessageSender::Agent, QStringLiteral("감사합니다")) };
    const auto suggestion
        = AutoQaEngine::suggest(yesNoItem(phraseRule(AutoQaRule::Kind::PhrasePresent, { QStringLiteral("감사 합니다") },
                                                     AutoQaRule::Window::LastSeconds, 10)),
                                call, {});
    REQUIRE(suggestion);
    CHECK(suggestion->passed);
    CHECK(suggestion->evidence.at(0).messageSequence == 2);
    CHECK(suggestion->evidence.at(0).span == TimeSpan { 115000, 115000 });
}

TEST_CASE("a rule's answers are the item's options it names, or its best and first failing option")
{
    ScorecardItem scale;
    scale.key = QStringLiteral("tone");
    scale.kind = ItemKind::Scale;
    scale.maxPoints = 10;
    scale.options = { { QStringLiteral("미흡"), 0, true },
                      { QStringLiteral("보통"), 5, false },
                      { QStringLiteral("우수"), 10, false } };
    AutoQaRule rule = phraseRule(AutoQaRule::Kind::ForbiddenPhrase, { QStringLiteral("짜증") });
    CHECK(AutoQaEngine::optionFor(scale, rule, true) == 2);
    CHECK(AutoQaEngine::optionFor(scale, rule, false) == 0);
    rule.passOption = QStringLiteral("보통");
    CHECK(AutoQaEngine::optionFor(scale, rule, true) == 1);
    rule.failOption = QStringLiteral("없는 답");
    CHECK_FALSE(AutoQaEngine::optionFor(scale, rule, false));
}

TEST_CASE("suggestAll gives one suggestion per item whose rule applies, in form order")
{
    const Contact contact = chat();
    ScorecardVersion version = test::sampleVersion();
    version.sections[0].items[0].autoRule
        = phraseRule(AutoQaRule::Kind::PhrasePresent, { QStringLiteral("안녕하세요") });
    version.sections[1].items[0].autoRule
        = metricRule(AutoQaRule::Metric::LongestDeadAirSeconds, AutoQaRule::Comparison::AtMost, 5);
    version.sections[0].items[1].autoRule
        = phraseRule(AutoQaRule::Kind::ForbiddenPhrase, { QStringLiteral("모르겠는데요") });
    const auto all = AutoQaEngine::suggestAll(version, contact, chatMeasures(contact));
    REQUIRE(all.size() == 2); // the dead-air rule does not apply to a chat
    CHECK(all.at(0).itemKey == QStringLiteral("greeting"));
    CHECK(all.at(0).passed);
    CHECK(all.at(1).itemKey == QStringLiteral("identity"));
    CHECK_FALSE(all.at(1).passed);
}
