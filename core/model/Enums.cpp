#include "Enums.h"

#include <array>
#include <utility>

namespace qadesk {
namespace {

template <typename Enum, std::size_t N> using CodeTable = std::array<std::pair<Enum, const char*>, N>;

constexpr CodeTable<Channel, 3> s_channels { { { Channel::Call, "call" }, { Channel::Chat, "chat" },
                                               { Channel::Email, "email" } } };
constexpr CodeTable<Direction, 2> s_directions { { { Direction::Inbound, "inbound" },
                                                   { Direction::Outbound, "outbound" } } };
constexpr CodeTable<Role, 5> s_roles { { { Role::Admin, "admin" }, { Role::Manager, "manager" },
                                         { Role::TeamLead, "team_lead" }, { Role::Evaluator, "evaluator" },
                                         { Role::Agent, "agent" } } };
constexpr CodeTable<MessageSender, 4> s_senders { { { MessageSender::Agent, "agent" },
                                                    { MessageSender::Customer, "customer" },
                                                    { MessageSender::Bot, "bot" },
                                                    { MessageSender::System, "system" } } };
constexpr CodeTable<ItemKind, 3> s_itemKinds { { { ItemKind::YesNo, "yes_no" }, { ItemKind::Scale, "scale" },
                                                 { ItemKind::Options, "options" } } };
constexpr CodeTable<CriticalScope, 3> s_criticalScopes { { { CriticalScope::None, "none" },
                                                           { CriticalScope::Section, "section" },
                                                           { CriticalScope::Evaluation, "evaluation" } } };
constexpr CodeTable<VersionStatus, 2> s_versionStatuses { { { VersionStatus::Draft, "draft" },
                                                            { VersionStatus::Published, "published" } } };
constexpr CodeTable<EvaluationKind, 4> s_evaluationKinds { { { EvaluationKind::Regular, "regular" },
                                                             { EvaluationKind::Live, "live" },
                                                             { EvaluationKind::Calibration, "calibration" },
                                                             { EvaluationKind::Self, "self" } } };
constexpr CodeTable<EvaluationStatus, 4> s_evaluationStatuses { { { EvaluationStatus::Draft, "draft" },
                                                                  { EvaluationStatus::Submitted, "submitted" },
                                                                  { EvaluationStatus::InDispute, "in_dispute" },
                                                                  { EvaluationStatus::Revised, "revised" } } };
constexpr CodeTable<DisputeStatus, 3> s_disputeStatuses { { { DisputeStatus::Open, "open" },
                                                            { DisputeStatus::Upheld, "upheld" },
                                                            { DisputeStatus::Overturned, "overturned" } } };
constexpr CodeTable<AcknowledgementStatus, 3> s_acknowledgements { { { AcknowledgementStatus::Pending, "pending" },
                                                                     { AcknowledgementStatus::Acknowledged,
                                                                       "acknowledged" },
                                                                     { AcknowledgementStatus::Refused, "refused" } } };

template <typename Enum, std::size_t N> QString codeOf(const CodeTable<Enum, N>& table, Enum value)
{
    for (const auto& [entry, code] : table) {
        if (entry == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename Enum, std::size_t N> std::optional<Enum> parseCode(const CodeTable<Enum, N>& table, const QString& code)
{
    for (const auto& [entry, text] : table) {
        if (code == QLatin1String(text))
            return entry;
    }
    return std::nullopt;
}

} // namespace

QString toCode(Channel value) { return codeOf(s_channels, value); }
QString toCode(Direction value) { return codeOf(s_directions, value); }
QString toCode(Role value) { return codeOf(s_roles, value); }
QString toCode(MessageSender value) { return codeOf(s_senders, value); }
QString toCode(ItemKind value) { return codeOf(s_itemKinds, value); }
QString toCode(CriticalScope value) { return codeOf(s_criticalScopes, value); }
QString toCode(VersionStatus value) { return codeOf(s_versionStatuses, value); }
QString toCode(EvaluationKind value) { return codeOf(s_evaluationKinds, value); }
QString toCode(EvaluationStatus value) { return codeOf(s_evaluationStatuses, value); }
QString toCode(DisputeStatus value) { return codeOf(s_disputeStatuses, value); }
QString toCode(AcknowledgementStatus value) { return codeOf(s_acknowledgements, value); }

template <> std::optional<Channel> fromCode(const QString& code) { return parseCode(s_channels, code); }
template <> std::optional<Direction> fromCode(const QString& code) { return parseCode(s_directions, code); }
template <> std::optional<Role> fromCode(const QString& code) { return parseCode(s_roles, code); }
template <> std::optional<MessageSender> fromCode(const QString& code) { return parseCode(s_senders, code); }
template <> std::optional<ItemKind> fromCode(const QString& code) { return parseCode(s_itemKinds, code); }
template <> std::optional<CriticalScope> fromCode(const QString& code) { return parseCode(s_criticalScopes, code); }
template <> std::optional<VersionStatus> fromCode(const QString& code) { return parseCode(s_versionStatuses, code); }
template <> std::optional<EvaluationKind> fromCode(const QString& code) { return parseCode(s_evaluationKinds, code); }
template <> std::optional<EvaluationStatus> fromCode(const QString& code)
{
    return parseCode(s_evaluationStatuses, code);
}
template <> std::optional<DisputeStatus> fromCode(const QString& code) { return parseCode(s_disputeStatuses, code); }
template <> std::optional<AcknowledgementStatus> fromCode(const QString& code)
{
    return parseCode(s_acknowledgements, code);
}

} // namespace qadesk
