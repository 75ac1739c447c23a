#include "DemoContent.h"

namespace qadesk::demo {
namespace {

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList lines(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromUtf8(text);
    return list;
}

} // namespace

QList<TeamProfile> teamProfiles(int count)
{
    QList<TeamProfile> fixed {
        { QString::fromUtf8("카드상담 1팀 (Card Care 1)"), QString::fromUtf8("서울"), false, false },
        { QString::fromUtf8("채팅상담팀 (Chat Desk)"), QString::fromUtf8("서울"), true, false },
        { QString::fromUtf8("카드상담 2팀 (Card Care 2)"), QString::fromUtf8("부산"), false, false },
        { QStringLiteral("Global Care (English line)"), QString::fromUtf8("서울"), false, true },
    };
    QList<TeamProfile> teams;
    for (int i = 0; i < count; ++i) {
        if (i < fixed.size()) {
            teams << fixed.at(i);
        } else {
            const bool chat = i % 4 == 1;
            teams << TeamProfile { QString::fromUtf8("%1 %2팀 (%3 %2)")
                                       .arg(chat ? QString::fromUtf8("채팅상담") : QString::fromUtf8("고객상담"))
                                       .arg(i + 1)
                                       .arg(chat ? QStringLiteral("Chat") : QStringLiteral("Care")),
                                   i % 2 ? QString::fromUtf8("부산") : QString::fromUtf8("대전"), chat, false };
        }
    }
    return teams;
}

namespace {

const QStringList& familyNames()
{
    static const QStringList s_family = words("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍");
    return s_family;
}

const QStringList& givenNames()
{
    static const QStringList s_given = words("민지 서연 지우 하은 수빈 예린 유진 지민 현우 도윤 서준 민준 지호 "
                                             "승현 은지 다은 채원 가은 태윤 준혁 소연 나래 혜진 동현 성민 보람 "
                                             "윤서 재원 민성 하린");
    return s_given;
}

int koreanNamePool()
{
    return int(familyNames().size() * givenNames().size());
}

} // namespace

QString koreanName(int index)
{
    const int family = index % int(familyNames().size());
    const int given = (index / int(familyNames().size()) * 7 + index) % int(givenNames().size());
    QString name = familyNames().at(family) + givenNames().at(given);
    const int round = index / koreanNamePool();
    return round == 0 ? name : QStringLiteral("%1 %2").arg(name).arg(round + 1);
}

QString staffName(int index)
{
    return koreanName(index % koreanNamePool());
}

QString englishName(int index)
{
    static const QStringList s_first = words("Emma Liam Olivia Noah Ava James Sophia Lucas Mia Ethan Grace Daniel "
                                             "Chloe Ryan Hannah");
    static const QStringList s_last = words("Kim Lee Park Smith Brown Wilson Taylor Clark Walker Young Hall Allen");
    QString name = s_first.at(index % int(s_first.size())) + QLatin1Char(' ')
        + s_last.at((index / int(s_first.size()) + index) % int(s_last.size()));
    const int round = index / int(s_first.size() * s_last.size());
    return round == 0 ? name : QStringLiteral("%1 %2").arg(name).arg(round + 1);
}

QStringList callQueues()
{
    return lines({ "카드 분실·도난", "결제 대금 문의", "한도 상향", "포인트·혜택", "해지 방어" });
}

QStringList chatQueues()
{
    return lines({ "앱 로그인", "결제 대금 문의", "카드 발급 진행", "이벤트 문의" });
}

QStringList failureComments()
{
    return lines({ "고객 말을 끊고 응대함", "본인 확인 절차 없이 정보를 안내함", "공감 표현 없이 사무적으로 응대함",
                   "결제일 안내가 부정확함(25일 → 14일)", "재확인 없이 통화를 종료함", "대기 안내 없이 2분 이상 보류함",
                   "전문 용어를 풀어서 설명하지 않음", "추가 문의 여부를 확인하지 않음" });
}

QStringList overallComments()
{
    return lines({ "전반적으로 친절하고 안정적인 응대", "정보 안내는 정확하나 공감 표현 보완 필요",
                   "본인 확인 절차 준수 필요", "마무리 멘트가 좋아 고객 만족도가 높음",
                   "고객 감정에 먼저 공감한 점이 우수함", "처리 시간이 길어 개선 필요" });
}

QStringList coachingNotes()
{
    return lines({ "본인 확인 스크립트를 함께 다시 읽고 역할극으로 연습함",
                   "우수 상담 녹취를 함께 청취하고 공감 표현을 정리함",
                   "평가 결과에 대해 상담사가 이견을 보여 기준서를 함께 확인함",
                   "처리 시간 단축을 위해 자주 묻는 질문 답변을 정리하기로 함" });
}

QStringList actionItems()
{
    return lines({ "본인 확인 스크립트 숙지", "우수 콜 3건 청취 후 소감 공유", "공감 표현 5가지 정리해 사용하기",
                   "보류 시 안내 멘트 사용", "결제일·한도 안내 자료 재학습" });
}

QStringList disputeReasons()
{
    return lines({ "고객이 먼저 생년월일을 말해 본인 확인이 된 상태였음", "시스템 장애로 대기 시간이 길어졌음",
                   "안내한 결제일은 고객 카드 기준으로 정확했음", "고객 요청으로 통화를 빨리 마무리함" });
}

QList<Line> chatScript(int variant)
{
    const QList<QList<Line>> scripts {
        { { false, QString::fromUtf8("안녕하세요, 앱 로그인이 안 돼요.") },
          { true, QString::fromUtf8("안녕하세요, {agent}입니다. 불편을 드려 죄송합니다. 어떤 메시지가 보이시나요?") },
          { false, QString::fromUtf8("비밀번호 오류 5회라고 나와요.") },
          { true, QString::fromUtf8("본인 확인 후 초기화를 도와드리겠습니다. 성함과 생년월일을 알려주세요.") },
          { false, QString::fromUtf8("홍길동, 900101이요. 연락처는 010-1234-5678입니다.") },
          { true, QString::fromUtf8("확인 감사합니다. 초기화 링크를 문자로 보내드렸습니다.") },
          { false, QString::fromUtf8("받았어요. 로그인 됐습니다!") },
          { true, QString::fromUtf8("다행입니다. 더 궁금하신 점 있으실까요?") },
          { false, QString::fromUtf8("아니요, 감사합니다.") },
          { true, QString::fromUtf8("이용해 주셔서 감사합니다. 좋은 하루 보내세요.") } },
        { { false, QString::fromUtf8("이번 달 결제 금액이 이상해요.") },
          { true, QString::fromUtf8("안녕하세요, {agent}입니다. 확인해 드리겠습니다. 카드 뒷자리 4자리를 알려주시겠어요?") },
          { false, QString::fromUtf8("1234요.") },
          { true, QString::fromUtf8("확인 중이니 잠시만 기다려 주세요.") },
          { true, QString::fromUtf8("지난달 할부 2회차가 포함되어 금액이 늘어난 것으로 확인됩니다.") },
          { false, QString::fromUtf8("아 그렇군요. 결제일은 언제예요?") },
          { true, QString::fromUtf8("결제일은 매월 14일입니다.") },
          { false, QString::fromUtf8("알겠습니다.") },
          { true, QString::fromUtf8("더 도와드릴 일이 있을까요? 문의해 주셔서 감사합니다.") } },
        { { false, QString::fromUtf8("카드 발급 진행 상황이 궁금해요.") },
          { true, QString::fromUtf8("안녕하세요, {agent}입니다. 신청하신 분 성함을 알려주시겠어요?") },
          { false, QString::fromUtf8("김하늘입니다. 이메일은 sky.kim@example.com 이에요.") },
          { true, QString::fromUtf8("확인했습니다. 심사가 완료되어 내일 배송 예정입니다.") },
          { false, QString::fromUtf8("빠르네요, 고맙습니다.") },
          { true, QString::fromUtf8("감사합니다. 좋은 하루 되세요.") } },
    };
    return scripts.at(variant % int(scripts.size()));
}

QList<Line> callScript(int variant, bool english)
{
    if (english) {
        return {
            { true, QStringLiteral("Thank you for calling Q A Card, this is your agent speaking. How can I help?") },
            { false, QStringLiteral("Hi, I lost my card yesterday and I need to block it.") },
            { true, QStringLiteral("I am sorry to hear that. May I have your date of birth to verify your identity?") },
            { false, QStringLiteral("It is January first, nineteen ninety.") },
            { true, QStringLiteral("Thank you. Please hold for a moment."), true },
            { true, QStringLiteral("Thanks for waiting. Your card is now blocked and a new one is on its way.") },
            { false, QStringLiteral("Great, when will it arrive?"), false, true },
            { true, QStringLiteral("Within three business days. Is there anything else I can help with?") },
            { false, QStringLiteral("No, that is all. Thank you.") },
            { true, QStringLiteral("Thank you for calling. Have a nice day.") }
        };
    }
    const QList<QList<Line>> scripts {
        { { true, QString::fromUtf8("안녕하세요, 큐에이카드 고객센터입니다. 무엇을 도와드릴까요?") },
          { false, QString::fromUtf8("카드를 잃어버려서 정지하려고요.") },
          { true, QString::fromUtf8("많이 놀라셨겠어요. 본인 확인을 위해 생년월일을 말씀해 주시겠어요?") },
          { false, QString::fromUtf8("구십년 일월 일일입니다.") },
          { true, QString::fromUtf8("확인 감사합니다. 잠시만 기다려 주세요."), true },
          { true, QString::fromUtf8("기다려 주셔서 감사합니다. 카드 정지가 완료되었습니다.") },
          { false, QString::fromUtf8("재발급은 언제 되나요?"), false, true },
          { true, QString::fromUtf8("영업일 기준 삼일 이내에 받으실 수 있습니다. 더 궁금하신 점 있으신가요?") },
          { false, QString::fromUtf8("아니요, 감사합니다.") },
          { true, QString::fromUtf8("감사합니다. 좋은 하루 되세요.") } },
        { { true, QString::fromUtf8("안녕하세요, 큐에이카드 상담사입니다.") },
          { false, QString::fromUtf8("이번 달 결제 금액이 너무 많이 나왔어요.") },
          { true, QString::fromUtf8("불편을 드려 죄송합니다. 본인 확인 후 내역을 확인해 드리겠습니다."), true },
          { false, QString::fromUtf8("네, 빨리 좀 해 주세요.") },
          { true, QString::fromUtf8("할부 이회차 금액이 포함되어 있습니다. 결제일은 매월 십사일입니다.") },
          { false, QString::fromUtf8("아, 그랬군요. 알겠습니다."), false, true },
          { true, QString::fromUtf8("이용해 주셔서 감사합니다.") } },
    };
    return scripts.at(variant % int(scripts.size()));
}

} // namespace qadesk::demo
