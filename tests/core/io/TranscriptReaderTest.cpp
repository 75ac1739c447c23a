#include "io/TranscriptReader.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {
const QTimeZone s_seoul(QByteArrayLiteral("Asia/Seoul"));

TranscriptReader::Options seoul()
{
    TranscriptReader::Options options;
    options.timeZone = s_seoul;
    return options;
}

QString describe(const QList<ImportProblem>& problems)
{
    QStringList lines;
    for (const auto& problem : problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}
} // namespace

TEST_CASE("a CP949 chat log with Hangul, agent names and a continued line")
{
    QList<ImportProblem> problems;
    const auto transcript = TranscriptReader::readFile(test::dataPath(QStringLiteral("import/chats/chat1-cp949.txt")), seoul(), &problems);
    INFO(describe(problems).toStdString());
    REQUIRE(transcript);
    CHECK(transcript->encoding == TextEncoding::Cp949);
    CHECK(transcript->format == TranscriptFormat::TextLog);
    REQUIRE(transcript->messages.size() == 4);
    const ChatMessage& first = transcript->messages.at(0);
    CHECK(first.sequence == 1);
    CHECK(first.sender == MessageSender::Customer);
    CHECK(first.sentAt == QDateTime(QDate(2026, 1, 5), QTime(1, 31, 2), QTimeZone::utc())); // 10:31 in Seoul
    CHECK(first.text == QStringLiteral("안녕하세요, 카드 분실 신고하려고요."));
    CHECK(transcript->messages.at(1).sender == MessageSender::Agent);
    CHECK(transcript->messages.at(1).senderName == QStringLiteral("김민지"));
    CHECK(transcript->messages.at(2).text == QStringLiteral("홍길동, 1990년 1월 1일입니다.\n카드 번호는 4111 1111 1111 1111 입니다."));
}

TEST_CASE("a JSON transcript with offsets and a UTF-16 CSV transcript with a quoted line break")
{
    QList<ImportProblem> problems;
    auto transcript = TranscriptReader::readFile(test::dataPath(QStringLiteral("import/chats/chat2.json")), seoul(), &problems);
    REQUIRE(transcript);
    REQUIRE(transcript->messages.size() == 3);
    CHECK(transcript->messages.at(0).sender == MessageSender::Bot);
    CHECK(transcript->messages.at(1).senderName == QStringLiteral("이영희"));
    CHECK(transcript->messages.at(2).sentAt == QDateTime(QDate(2026, 1, 6), QTime(0, 1, 5), QTimeZone::utc()));

    transcript = TranscriptReader::readFile(test::dataPath(QStringLiteral("import/chats/chat3-utf16.csv")), seoul(), &problems);
    INFO(describe(problems).toStdString());
    REQUIRE(transcript);
    CHECK(transcript->encoding == TextEncoding::Utf16LE);
    REQUIRE(transcript->messages.size() == 2);
    CHECK(transcript->messages.at(0).text == QStringLiteral("배송이 늦어요, 언제 오나요?"));
    CHECK(transcript->messages.at(1).text == QStringLiteral("확인 결과 내일 도착 예정입니다.\r\n불편을 드려 죄송합니다."));
    CHECK(transcript->messages.at(1).senderName == QStringLiteral("최유진"));
    CHECK(problems.isEmpty());
}

TEST_CASE("every bad message of a transcript is reported with its place, and nothing is kept")
{
    QList<ImportProblem> problems;
    const QString path = test::dataPath(QStringLiteral("import/chats/bad.json"));
    CHECK_FALSE(TranscriptReader::readFile(path, seoul(), &problems));
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).toString().startsWith(QStringLiteral("bad.json: messages[1].time: expected a date and time")));
    CHECK(problems.at(1).column == QStringLiteral("messages[2].sender"));
    CHECK(problems.at(1).file == path);
}

TEST_CASE("log lines that do not parse, unknown senders and messages out of order")
{
    QList<ImportProblem> problems;
    CHECK_FALSE(TranscriptReader::read(QStringLiteral("[2026-01-05 10:00:00] 고객: 안녕하세요\n[10시 1분] 상담사: 네\n"
                                                      "[2026-01-05 10:02:00] 팀장: 확인\n"),
                                       QStringLiteral("log.txt"), TranscriptFormat::TextLog, s_seoul, &problems));
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).toString() == QStringLiteral("log.txt:2: time: \"10시 1분\" is not a date and time such as "
                                                      "2026-01-05 10:31:02 or 2026-01-05T10:31:02+09:00"));
    CHECK(problems.at(1).line == 3);
    CHECK(problems.at(1).column == QStringLiteral("sender"));

    problems.clear();
    CHECK_FALSE(TranscriptReader::read(QStringLiteral("첫 줄에 시간이 없음\n"), QStringLiteral("log.txt"),
                                       TranscriptFormat::TextLog, s_seoul, &problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).line == 1);

    problems.clear();
    CHECK_FALSE(TranscriptReader::read(QStringLiteral("[2026-01-05 10:05:00] 고객: 늦은\n[2026-01-05 10:00:00] 상담사: 이른\n"),
                                       QStringLiteral("log.txt"), TranscriptFormat::TextLog, s_seoul, &problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).message.contains(QStringLiteral("time order")));

    problems.clear();
    CHECK_FALSE(TranscriptReader::read(QStringLiteral("time,who,text\n"), QStringLiteral("t.csv"), TranscriptFormat::Csv, s_seoul, &problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).message.contains(QStringLiteral("time, sender and text")));
}

TEST_CASE("the format follows the extension")
{
    CHECK(TranscriptReader::formatForPath(QStringLiteral("a/B.JSON")) == TranscriptFormat::Json);
    CHECK(TranscriptReader::formatForPath(QStringLiteral("b.tsv")) == TranscriptFormat::Csv);
    CHECK(TranscriptReader::formatForPath(QStringLiteral("c.log")) == TranscriptFormat::TextLog);
}
