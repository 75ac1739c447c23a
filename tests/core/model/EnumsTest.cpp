#include "model/Enums.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace qadesk;

namespace {

// Every value of an enum has a code that parses back to it and a display name of its own, which is not the code.
template <typename Enum> void checkNames(std::initializer_list<Enum> values)
{
    QSet<QString> names;
    for (const Enum value : values) {
        const QString code = toCode(value);
        INFO(code.toStdString());
        CHECK(fromCode<Enum>(code) == value);
        CHECK_FALSE(displayName(value).isEmpty());
        CHECK(displayName(value) != code);
        CHECK(displayNameOfCode<Enum>(code) == displayName(value));
        names << displayName(value);
    }
    CHECK(names.size() == int(values.size()));
}

} // namespace

TEST_CASE("every stored code has a display name of its own")
{
    checkNames({ Channel::Call, Channel::Chat, Channel::Email });
    checkNames({ Direction::Inbound, Direction::Outbound });
    checkNames({ Role::Admin, Role::Manager, Role::TeamLead, Role::Evaluator, Role::Agent });
    checkNames({ MessageSender::Agent, MessageSender::Customer, MessageSender::Bot, MessageSender::System });
    checkNames({ ItemKind::YesNo, ItemKind::Scale, ItemKind::Options });
    checkNames({ CriticalScope::None, CriticalScope::Section, CriticalScope::Evaluation });
    checkNames({ VersionStatus::Draft, VersionStatus::Published });
    checkNames({ EvaluationKind::Regular, EvaluationKind::Live, EvaluationKind::Calibration, EvaluationKind::Self });
    checkNames({ EvaluationStatus::Draft, EvaluationStatus::Submitted, EvaluationStatus::InDispute, EvaluationStatus::Revised });
    checkNames({ DisputeStatus::Open, DisputeStatus::Upheld, DisputeStatus::Overturned });
    checkNames({ AcknowledgementStatus::Pending, AcknowledgementStatus::Acknowledged, AcknowledgementStatus::Refused });
}

TEST_CASE("a stored code reads as its English name without a translation")
{
    CHECK(displayNameOfCode<EvaluationStatus>(QStringLiteral("in_dispute")) == QStringLiteral("In dispute"));
    CHECK(displayNameOfCode<EvaluationStatus>(QStringLiteral("submitted")) == QStringLiteral("Submitted"));
    CHECK(displayNameOfCode<Channel>(QStringLiteral("call")) == QStringLiteral("Call"));
    CHECK(displayName(Role::TeamLead) == QStringLiteral("Team lead"));
    // A code from a newer program is shown as it is rather than as nothing.
    CHECK(displayNameOfCode<Channel>(QStringLiteral("video")) == QStringLiteral("video"));
}
