#include "io/ContactImport.h"

#include "CraftedWav.h"
#include "TestSupport.h"
#include "io/InputFile.h"
#include "storage/Aggregates.h"
#include "storage/AuditLog.h"
#include "storage/ContactRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/SqlSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace qadesk;

namespace {

ContactImportOptions seoulOptions()
{
    ContactImportOptions options;
    options.timeZone = QTimeZone(QByteArrayLiteral("Asia/Seoul"));
    return options;
}

QString manifest(const char* name)
{
    return test::dataPath(QStringLiteral("import/") + QString::fromUtf8(name));
}

// A QA evaluator, who may import contacts; stored nowhere, named in the audit log.
Actor importer()
{
    return Actor { 0, QStringLiteral("kim"), QStringLiteral("Kim"), Role::Evaluator, {}, 0 };
}

QStringList describe(const QList<ImportProblem>& problems)
{
    QStringList lines;
    for (const auto& problem : problems)
        lines.append(problem.toString());
    return lines;
}

} // namespace

TEST_CASE("a CP949 manifest with Korean headers imports calls and chats, creating the agent it was allowed to")
{
    QTemporaryDir dir;
    const auto db = test::fileWorkspace(dir);
    test::addSampleContact(*db); // agent A001

    ContactImportOptions options = seoulOptions();
    ImportPlan plan = ContactImport::check(*db, manifest("contacts-cp949.csv"), options);
    CHECK(plan.encoding == TextEncoding::Cp949);
    CHECK(plan.rowCount == 3);
    REQUIRE(plan.unknownAgents.size() == 1);
    CHECK(plan.unknownAgents.at(0).employeeId == QStringLiteral("B777"));
    CHECK(plan.unknownAgents.at(0).name == QStringLiteral("정하늘"));
    CHECK(plan.unknownAgents.at(0).lines == QList<int> { 4 });
    // Not allowed to create it: its row is a problem, not silently dropped. The problem names the column as the
    // file's header does (사번), not by the documented name agent_id.
    INFO(describe(plan.problems).join(QLatin1Char('\n')).toStdString());
    REQUIRE(describe(plan.problems)
            == QStringList { QStringLiteral("contacts-cp949.csv:4: 사번: no agent has employee id \"B777\"; choose to "
                                            "create unknown agents to add it") });

    options.createUnknownAgents = true;
    plan = ContactImport::check(*db, manifest("contacts-cp949.csv"), options);
    INFO(describe(plan.problems).join(QLatin1Char('\n')).toStdString());
    REQUIRE(plan.problems.isEmpty());
    REQUIRE(plan.goodRows.size() == 3);

    // Team leads and agents do not import: refused before anything is written.
    QString error;
    for (const Role role : { Role::TeamLead, Role::Agent }) {
        const Actor outsider { 0, QStringLiteral("outsider"), QStringLiteral("Outsider"), role, { 1 }, 1 };
        CHECK_FALSE(ContactImport::apply(*db, plan, false, outsider, {}, &error));
        CHECK(error == QStringLiteral("Only QA evaluators, managers and administrators import contacts."));
        CHECK(ContactRepository(*db).count() == 1); // the sample contact alone
    }
    error.clear();

    const auto summary = ContactImport::apply(*db, plan, false, importer(), {}, &error);
    INFO(error.toStdString());
    REQUIRE(summary);
    CHECK(summary->contactsAdded == 3);
    CHECK(summary->agentsCreated == 1);
    CHECK(summary->teamsCreated == 1);

    ContactRepository contacts(*db);
    const auto call = contacts.find(*contacts.findId(Channel::Call, QStringLiteral("C-1001")));
    REQUIRE(call);
    CHECK(call->startedAt == QDateTime(QDate(2026, 1, 5), QTime(1, 0), QTimeZone::utc()));
    CHECK(call->durationSeconds == 2); // 1.5 s of recording, rounded
    CHECK(call->csat == 5);
    CHECK(call->firstContactResolution == true);
    REQUIRE(call->recording);
    CHECK(call->recording->channels == 2);
    CHECK(call->recording->durationMs == 1500);
    CHECK(call->recording->path == test::dataPath(QStringLiteral("import/calls/c1.wav"))); // outside the workspace folder: absolute

    const auto chat = contacts.find(*contacts.findId(Channel::Chat, QStringLiteral("T-2001")));
    REQUIRE(chat);
    CHECK(chat->messages.size() == 4);
    CHECK(chat->durationSeconds == 183); // first to last message
    CHECK(chat->firstContactResolution == false);

    const auto created = AgentRepository(*db).findByEmployeeId(QStringLiteral("B777"));
    REQUIRE(created);
    CHECK(created->name == QStringLiteral("정하늘"));
    const auto team = TeamRepository(*db).find(created->teamId);
    REQUIRE(team);
    CHECK(team->name == QStringLiteral("채팅2팀"));
    // Each chat is counted in its agent's January, in the import's transaction.
    const auto chatMonths = selectRows<QString>(
        *db,
        QStringLiteral("SELECT a.employee_id || ' ' || x.month || ' ' || x.calls || ' ' || x.chats FROM "
                       "agent_month_conversations x JOIN agents a ON a.id = x.agent_id ORDER BY a.employee_id"),
        {}, QStringLiteral("read"), [](const QSqlQuery& q) { return q.value(0).toString(); });
    CHECK(chatMonths == QStringList { QStringLiteral("A001 202601 0 1"), QStringLiteral("B777 202601 0 1") });
    CHECK(Aggregates::differences(*db).isEmpty());

    const auto audit = AuditLog(*db).recent(1);
    REQUIRE(audit.size() == 1);
    CHECK(audit.at(0).actor == QStringLiteral("kim"));

    // The same file again: every row is already there.
    plan = ContactImport::check(*db, manifest("contacts-cp949.csv"), options);
    CHECK(plan.goodRows.isEmpty());
    CHECK(plan.problems.size() == 3);
    CHECK(plan.problems.at(0).message == QStringLiteral("\"C-1001\" is already in the workspace"));
}

TEST_CASE("a manifest with bad rows in the middle: each problem is placed, and the user chooses nothing or the good rows")
{
    QTemporaryDir dir;
    const auto db = test::fileWorkspace(dir);
    test::addSampleContact(*db);
    const qint64 before = ContactRepository(*db).count();

    const ImportPlan plan = ContactImport::check(*db, manifest("contacts-mixed.csv"), seoulOptions());
    const QStringList problems = describe(plan.problems);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(plan.rowCount == 9);
    CHECK(plan.goodRows.size() == 3);
    CHECK(plan.badLines == QSet<int> { 4, 5, 6, 7, 8, 10 });
    const auto has = [&](const QString& text) { return problems.contains(text); };
    CHECK(has(QStringLiteral("contacts-mixed.csv:4: started_at: \"2026-02-30 09:20:00\" is not a date and time such as "
                             "2026-01-05 10:31:02 or 2026-01-05T10:31:02+09:00")));
    CHECK(has(QStringLiteral("contacts-mixed.csv:4: duration_s: must be a whole number from 0 to 604800, not \"abc\"")));
    CHECK(has(QStringLiteral("contacts-mixed.csv:4: direction: \"sideways\" is not inbound or outbound")));
    CHECK(has(QStringLiteral("contacts-mixed.csv:4: fcr: \"maybe\" is not 1/0, Y/N, yes/no or true/false")));
    CHECK(has(QStringLiteral("contacts-mixed.csv:4: csat: must be a whole number from 1 to 5, not \"7\"")));
    CHECK(has(QStringLiteral("contacts-mixed.csv:4: nps: must be a whole number from 0 to 10, not \"11\"")));
    CHECK(has(QStringLiteral("contacts-mixed.csv:5: recording: calls/missing.wav: the recording does not exist")));
    CHECK(has(QStringLiteral("contacts-mixed.csv:6: recording: calls/truncated.wav: the WAV file is truncated: its header "
                             "promises 16000 bytes of audio, the file holds 400")));
    CHECK(problems.filter(QRegularExpression(QStringLiteral("^contacts-mixed.csv:7: recording: calls/notes.mp3: not a playable recording"))).size() == 1);
    CHECK(has(QStringLiteral("contacts-mixed.csv:8: transcript: chats/bad.json: has problems, listed under that file")));
    CHECK(problems.filter(QStringLiteral("is empty, and there is no recording")).isEmpty()); // not said twice
    CHECK(has(QStringLiteral("contacts-mixed.csv:10: external_id: \"C-1\" repeats line 2")));
    CHECK(problems.filter(QRegularExpression(QStringLiteral("^bad.json: messages\\[1\\].time"))).size() == 1);
    // The manifest's problems come first, in line order, then the transcript's.
    CHECK(plan.problems.first().line == 4);
    CHECK(plan.problems.last().file.endsWith(QStringLiteral("bad.json")));

    // Nothing: the default refuses and writes nothing.
    QString error;
    CHECK_FALSE(ContactImport::apply(*db, plan, false, importer(), {}, &error));
    CHECK(error.startsWith(QStringLiteral("Nothing was imported: ")));
    CHECK(error.contains(QStringLiteral("has problems (13 in all)")));
    CHECK(ContactRepository(*db).count() == before);

    // Cancelled halfway through writing: still nothing.
    int calls = 0;
    CHECK_FALSE(ContactImport::apply(*db, plan, true, importer(), [&](double, const QString&) { return ++calls < 2; }, &error));
    CHECK(error == QStringLiteral("The import was cancelled; nothing was imported."));
    CHECK(ContactRepository(*db).count() == before);

    // Only the good rows.
    const auto summary = ContactImport::apply(*db, plan, true, importer(), {}, &error);
    REQUIRE(summary);
    CHECK(summary->contactsAdded == 3);
    CHECK(summary->rowsSkipped == 6);
    CHECK(ContactRepository(*db).count() == before + 3);
    const auto live = ContactRepository(*db).find(*ContactRepository(*db).findId(Channel::Call, QStringLiteral("C-2")));
    REQUIRE(live);
    CHECK_FALSE(live->recording); // a call with no recording yet, for live evaluation
    CHECK(live->direction == Direction::Outbound);
    const auto chat = ContactRepository(*db).find(*ContactRepository(*db).findId(Channel::Chat, QStringLiteral("T-2")));
    REQUIRE(chat);
    CHECK(chat->messages.size() == 2);
    CHECK(chat->durationSeconds == 150);
}

TEST_CASE("a manifest that cannot be read, or lacks required columns, is refused as a whole")
{
    const auto db = test::memoryWorkspace();
    ImportPlan plan = ContactImport::check(*db, manifest("nonexistent.csv"), seoulOptions());
    REQUIRE(plan.problems.size() == 1);
    CHECK(plan.problems.at(0).message == QStringLiteral("no such file"));
    CHECK(plan.fileUnreadable());

    plan = ContactImport::check(*db, manifest("chats/chat3-utf16.csv"), seoulOptions());
    CHECK(plan.fileUnreadable());
    CHECK(describe(plan.problems).first() == QStringLiteral(
              "chat3-utf16.csv:1: external_id: the header has no such column (see docs/formats/contacts.md)"));
    QString error;
    CHECK_FALSE(ContactImport::apply(*db, plan, true, importer(), {}, &error));
}

TEST_CASE("checking can be cancelled, and a cancelled check cannot be applied")
{
    const auto db = test::memoryWorkspace();
    const ImportPlan plan = ContactImport::check(*db, manifest("contacts-mixed.csv"), seoulOptions(),
                                                 [](double fraction, const QString&) { return fraction < 0.3; });
    CHECK(plan.cancelled);
    QString error;
    CHECK_FALSE(ContactImport::apply(*db, plan, true, importer(), {}, &error));
}

namespace {

void writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

TEST_CASE("a pipe or a device as manifest or transcript is refused at once, without reading it")
{
    QTemporaryDir dir;
    const auto db = test::fileWorkspace(dir);
    const QString fifo = dir.filePath(QStringLiteral("contacts.fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);

    ImportPlan plan = ContactImport::check(*db, fifo, seoulOptions());
    REQUIRE(plan.problems.size() == 1);
    CHECK(plan.problems.at(0).message
          == QStringLiteral("not a regular file (a folder, pipe or device cannot be read)"));
    CHECK(plan.fileUnreadable());

    plan = ContactImport::check(*db, QStringLiteral("/dev/zero"), seoulOptions());
    REQUIRE(plan.problems.size() == 1);
    CHECK(plan.problems.at(0).message
          == QStringLiteral("not a regular file (a folder, pipe or device cannot be read)"));

    writeText(dir.filePath(QStringLiteral("chats.csv")),
              "external_id,channel,agent_id,started_at,transcript\n"
              "T-1,chat,A001,2026-01-05 10:00:00,contacts.fifo\n"
              "T-2,chat,A001,2026-01-05 11:00:00,/dev/zero\n");
    plan = ContactImport::check(*db, dir.filePath(QStringLiteral("chats.csv")), seoulOptions());
    const QStringList problems = describe(plan.problems);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.contains(
        QStringLiteral("chats.csv:2: transcript: contacts.fifo: has problems, listed under that file")));
    CHECK(
        problems.contains(QStringLiteral("chats.csv:3: transcript: /dev/zero: has problems, listed under that file")));
    CHECK(problems.filter(QStringLiteral("not a regular file")).size() == 2);
    CHECK(plan.goodRows.isEmpty());
}

TEST_CASE("a text file over the documented maximum is refused without being read")
{
    QTemporaryDir dir;
    const auto db = test::memoryWorkspace();
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("external_id,channel,agent_id,started_at\n");
        REQUIRE(file.resize(InputFile::s_maxBytes + 1)); // sparse: no disk, and never read
    }
    const ImportPlan plan = ContactImport::check(*db, path, seoulOptions());
    REQUIRE(plan.problems.size() == 1);
    CHECK(plan.problems.at(0).message
          == QStringLiteral("134217729 bytes, more than the 128 MB an input file may have"));
}

TEST_CASE("a recording longer than a contact may last is a problem of its row")
{
    QTemporaryDir dir;
    const auto db = test::fileWorkspace(dir);
    test::addSampleContact(*db);
    // 8-bit mono at 1000 Hz, running to the end of a 700 MB (sparse) file: 700,000 s, past the 604,800 s maximum.
    REQUIRE(
        test::writeCraftedWav(dir.filePath(QStringLiteral("long.wav")), 16, 1000, 0xFFFFFFFFu, 700LL * 1000 * 1000));
    writeText(dir.filePath(QStringLiteral("calls.csv")),
              "external_id,channel,agent_id,started_at,recording\nC-9,call,A001,2026-01-05 10:00:00,long.wav\n");
    const ImportPlan plan = ContactImport::check(*db, dir.filePath(QStringLiteral("calls.csv")), seoulOptions());
    CHECK(
        describe(plan.problems)
        == QStringList { QStringLiteral("calls.csv:2: recording: long.wav: the recording lasts 700000 s, longer than a "
                                        "contact may (604800 s)") });
    CHECK(plan.goodRows.isEmpty());
}

TEST_CASE("a workspace that cannot be read while checking is a problem, and nothing is imported", "[sqlite-only]")
{
    QTemporaryDir dir;
    const auto db = test::fileWorkspace(dir);
    execSql(db->sql(), QStringLiteral("DROP TABLE recordings"), QStringLiteral("break the workspace"));
    execSql(db->sql(), QStringLiteral("DROP TABLE chat_messages"), QStringLiteral("break the workspace"));
    execSql(db->sql(), QStringLiteral("DROP TABLE contacts"), QStringLiteral("break the workspace"));
    const ImportPlan plan = ContactImport::check(*db, manifest("contacts-mixed.csv"), seoulOptions());
    REQUIRE_FALSE(plan.workspaceError.isEmpty());
    CHECK(plan.workspaceError.contains(QStringLiteral("test.qadesk could not be read while checking the rows")));
    CHECK(plan.workspaceError.contains(QStringLiteral("no such table: contacts")));
    CHECK(plan.problems.last().message == plan.workspaceError);
    QString error;
    CHECK_FALSE(ContactImport::apply(*db, plan, true, importer(), {}, &error));
    CHECK(error.endsWith(QStringLiteral("was not checked completely; nothing was imported.")));
}

TEST_CASE("damage inside an index stops an import before it writes anything", "[sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.qadesk"));
    int indexPage = 0;
    {
        const auto db = test::fileWorkspace(dir);
        test::addSampleContact(*db); // contact CALL-0001, in the unique index on (channel, external_id)
        indexPage = selectRows<int>(*db, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"),
                                    { QStringLiteral("sqlite_autoindex_contacts_1") }, QStringLiteral("find the index"),
                                    [](const QSqlQuery& q) { return q.value(0).toInt(); })
                        .value(0);
        execSql(db->sql(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("checkpoint"));
    }
    REQUIRE(indexPage > 1);
    {
        // The index entry now names a contact that does not exist; the table itself is intact.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        REQUIRE(file.seek((indexPage - 1) * pageSize));
        QByteArray page = file.read(pageSize);
        const qsizetype at = page.indexOf("CALL-0001");
        REQUIRE(at >= 0);
        page.replace(at, 9, "CALL-0002");
        REQUIRE(file.seek((indexPage - 1) * pageSize));
        REQUIRE(file.write(page) == pageSize);
    }

    QString error;
    const auto db = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(db); // quick_check at opening does not compare an index with its table
    const ImportPlan plan = ContactImport::check(*db, manifest("contacts-cp949.csv"), seoulOptions());
    CHECK(plan.goodRows.size() == 2); // the two rows of agent A001
    CHECK_FALSE(ContactImport::apply(*db, plan, true, importer(), {}, &error));
    CHECK(error.startsWith(QStringLiteral("Nothing was imported: ")));
    CHECK(error.contains(QStringLiteral("is damaged")));
    CHECK(ContactRepository(*db).count() == 1);
}

namespace {

// Every row of a query, its columns joined by '|', NULL written as "null": what the workspace holds, to compare with
// rows written by hand.
QStringList tableRows(const Database& db, const QString& sql)
{
    QSqlQuery query(db.sql());
    REQUIRE(query.exec(sql));
    QStringList rows;
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns << (query.value(i).isNull() ? QStringLiteral("null") : query.value(i).toString());
        rows << columns.join(QLatin1Char('|'));
    }
    return rows;
}

QString utcMs(QDate day, QTime time)
{
    return QString::number(QDateTime(day, time, QTimeZone::utc()).toMSecsSinceEpoch());
}

} // namespace

TEST_CASE("a CP949 manifest naming known and new agents is stored row by row as written", "[sqlite-only]")
{
    QTemporaryDir dir;
    const auto db = test::fileWorkspace(dir);
    test::addSampleContact(*db); // team 상담 1팀, agent A001 김민지, contact CALL-0001
    TeamRepository(*db).add(Team { 0, QStringLiteral("상담 2팀"), {} });

    // B100 twice (its first row names it), B200 in a team the workspace lacks, B300 without name or team, B400 only
    // on a bad row (line 8), which must not leave the agent behind. Times without an offset are Seoul's.
    const QString text = QStringLiteral(
        "접수번호,채널,사번,상담사명,팀,시작일시,통화시간,방향,큐,처리시간,보류시간,후처리시간,1차해결,만족도,nps,대화파일\n"
        "K-1,전화,A001,,,2026-03-02 09:00:00,120,수신,카드,130,10,15,Y,5,,\n"
        "K-2,전화,B100,이서연,상담 2팀,2026-03-02 09:05:30,95,발신,요금,,,,N,,8,\n"
        "K-3,콜,B200,최지훈,채팅3팀,2026-03-02 10:00:00,300,,분실,,,,,3,,\n"
        "K-4,전화,B100,다른 이름,다른 팀,2026-03-02 11:00:00,60,인바운드,,,,,,1,,\n"
        "K-5,채팅,B300,,,2026-03-02 12:00:00,,수신,웹,,,,,,,chat2.json\n"
        "K-6,전화,A001,,,2026-03-02 23:30:00Z,45,수신,카드,,,,,,,\n"
        "K-7,전화,B400,한지민,상담 2팀,2026-03-02 13:00:00,30,수신,카드,,,,,9,,\n");
    QStringEncoder toCp949("windows-949");
    const QByteArray bytes = toCp949.encode(text);
    REQUIRE_FALSE(toCp949.hasError());
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    REQUIRE(QFile::copy(manifest("chats/chat2.json"), dir.filePath(QStringLiteral("chat2.json"))));

    ContactImportOptions options = seoulOptions();
    options.createUnknownAgents = true;
    const ImportPlan plan = ContactImport::check(*db, path, options);
    CHECK(plan.encoding == TextEncoding::Cp949);
    CHECK(plan.rowCount == 7);
    CHECK(describe(plan.problems)
          == QStringList { QStringLiteral("people.csv:8: 만족도: must be a whole number from 1 to 5, not \"9\"") });
    QStringList unknown;
    for (const UnknownAgent& agent : plan.unknownAgents) {
        QStringList lines;
        for (const int line : agent.lines)
            lines << QString::number(line);
        unknown << QStringList { agent.employeeId, agent.name, agent.team, lines.join(QLatin1Char(' ')) }.join(
            QLatin1Char('|'));
    }
    CHECK(unknown
          == QStringList { QStringLiteral("B100|이서연|상담 2팀|3 5"), QStringLiteral("B200|최지훈|채팅3팀|4"),
                           QStringLiteral("B300|B300||6"), QStringLiteral("B400|한지민|상담 2팀|8") });

    QString error;
    const auto summary = ContactImport::apply(*db, plan, true, importer(), {}, &error);
    INFO(error.toStdString());
    REQUIRE(summary);
    CHECK(summary->contactsAdded == 6);
    CHECK(summary->agentsCreated == 3);
    CHECK(summary->teamsCreated == 1);
    CHECK(summary->rowsSkipped == 1);

    CHECK(tableRows(*db, QStringLiteral("SELECT name, site FROM teams ORDER BY name"))
          == QStringList { QStringLiteral("상담 1팀|Seoul"), QStringLiteral("상담 2팀|"), QStringLiteral("채팅3팀|") });
    CHECK(tableRows(*db, QStringLiteral("SELECT a.employee_id, a.name, t.name, a.hire_date, a.active FROM agents a "
                                        "LEFT JOIN teams t ON t.id = a.team_id ORDER BY a.employee_id"))
          == QStringList { QStringLiteral("A001|김민지|상담 1팀|2024-03-02|1"), QStringLiteral("B100|이서연|상담 2팀|null|1"),
                           QStringLiteral("B200|최지훈|채팅3팀|null|1"), QStringLiteral("B300|B300|null|null|1") });

    const QDate day(2026, 3, 2);
    CHECK(tableRows(*db,
                    QStringLiteral("SELECT c.channel, c.external_id, a.employee_id, c.started_at, c.duration_s, "
                                   "c.direction, c.queue, c.handle_s, c.hold_s, c.acw_s, c.fcr, c.csat, c.nps "
                                   "FROM contacts c JOIN agents a ON a.id = c.agent_id ORDER BY c.external_id"))
          == QStringList {
              QStringLiteral("call|CALL-0001|A001|%1|245|inbound|카드 분실|null|null|null|null|4|null")
                  .arg(utcMs(QDate(2026, 10, 5), QTime(10, 31, 2))),
              QStringLiteral("call|K-1|A001|%1|120|inbound|카드|130|10|15|1|5|null").arg(utcMs(day, QTime(0, 0))),
              QStringLiteral("call|K-2|B100|%1|95|outbound|요금|null|null|null|0|null|8").arg(utcMs(day, QTime(0, 5, 30))),
              QStringLiteral("call|K-3|B200|%1|300|inbound|분실|null|null|null|null|3|null").arg(utcMs(day, QTime(1, 0))),
              QStringLiteral("call|K-4|B100|%1|60|inbound||null|null|null|null|1|null").arg(utcMs(day, QTime(2, 0))),
              QStringLiteral("chat|K-5|B300|%1|65|inbound|웹|null|null|null|null|null|null").arg(utcMs(day, QTime(3, 0))),
              QStringLiteral("call|K-6|A001|%1|45|inbound|카드|null|null|null|null|null|null").arg(utcMs(day, QTime(23, 30))),
          });

    // The chat's transcript, and its measures taken in the same transaction: the customer waited 45 s for the agent,
    // within the default limit of 60 s. Calls without a recording have no measures.
    const QDate chatDay(2026, 1, 6);
    CHECK(tableRows(*db, QStringLiteral("SELECT m.seq, m.sent_at, m.sender, m.sender_name, m.body FROM chat_messages m "
                                        "ORDER BY m.contact_id, m.seq"))
          == QStringList { QStringLiteral("1|%1|bot||무엇을 도와드릴까요?").arg(utcMs(chatDay, QTime(0, 0))),
                           QStringLiteral("2|%1|customer|이영희|요금제 변경 문의입니다.").arg(utcMs(chatDay, QTime(0, 0, 20))),
                           QStringLiteral("3|%1|agent|박서준|네, 확인해 드리겠습니다.").arg(utcMs(chatDay, QTime(0, 1, 5))) });
    CHECK(tableRows(*db, QStringLiteral("SELECT c.external_id, m.computed_at, m.mono, m.duration_ms, m.first_response_ms, "
                                        "m.longest_wait_ms, m.agent_messages, m.customer_messages, m.reply_limit_ms, "
                                        "m.within_limit_share FROM contact_metrics m JOIN contacts c ON c.id = m.contact_id"))
          == QStringList { QStringLiteral("K-5|%1|null|null|45000|45000|1|1|60000|1")
                               .arg(utcMs(QDate(2026, 11, 20), QTime(1, 0))) });

    const auto audit = AuditLog(*db).recent(1);
    REQUIRE(audit.size() == 1);
    CHECK(audit.at(0).actor == QStringLiteral("kim"));
    const QJsonObject after = QJsonDocument::fromJson(audit.at(0).after.toUtf8()).object();
    CHECK(after.value(QStringLiteral("contacts")).toInt() == 6);
    CHECK(after.value(QStringLiteral("agents_created")).toInt() == 3);
    CHECK(after.value(QStringLiteral("rows_skipped")).toInt() == 1);
}
