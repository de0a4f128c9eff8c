#pragma once

#include "EnumTraits.h"

namespace kith {

// How a person relates to the user.
enum class RelationshipKind
{
    Colleague,
    Classmate,
    Professor,
    Mentor,
    RoleModel,
    Family,
    Recruiter,
    Other
};
enum class OrganizationKind
{
    Employer,
    Library,
    Association,
    School,
    Company,
    Other
};
// A kind of online profile or page.
enum class ProfileKind
{
    LinkedIn,
    X,
    Mastodon,
    Website,
    Facebook,
    Other
};
enum class MembershipStatus
{
    Planned,
    Active,
    Lapsed
};
enum class DuesPeriod
{
    Year,
    Quarter,
    Month,
    Once
};
// Who pays dues.
enum class Payer
{
    Self,
    Employer,
    Other
};
enum class GroupPlatform
{
    LinkedIn,
    GoogleGroups,
    Facebook,
    X,
    Mastodon,
    Slack,
    Discord,
    MailingList,
    Other
};
enum class RecommendationDirection
{
    Given,
    Received
};
enum class RecommendationPlatform
{
    LinkedIn,
    Letter,
    Email,
    Other
};
enum class RecommendationStatus
{
    ToAsk,
    Requested,
    Received,
    Given,
    Declined
};
enum class EventKind
{
    Conference,
    Meeting,
    Workshop,
    Webinar,
    Meetup
};
enum class EventFormat
{
    InPerson,
    Online,
    Hybrid
};
enum class EventStatus
{
    Considering,
    Planned,
    Registered,
    Attended,
    Skipped
};
// Whether the employer agreed to pay.
enum class FundingStatus
{
    NotNeeded,
    Requested,
    Approved,
    Denied
};
enum class DeadlineKind
{
    EarlyBird,
    Registration,
    FundingRequest,
    Proposal,
    Lodging,
    Other
};
enum class CostCategory
{
    Registration,
    Travel,
    Lodging,
    Meals,
    Other
};
// Who pays an event cost.
enum class FundingSource
{
    Self,
    Employer,
    Scholarship
};
// How a person relates to an event the user plans to attend.
enum class ParticipantRole
{
    Companion,
    ToMeet
};
enum class InteractionKind
{
    Met,
    Call,
    Email,
    Message,
    Social,
    Event
};
// How a person entered Kith.
enum class Origin
{
    Manual,
    LinkedIn,
    VCard,
    Csv,
    Demo
};

template <>
struct EnumTraits<RelationshipKind>
{
    static constexpr std::array<EnumEntry<RelationshipKind>, 8> entries{{
        {RelationshipKind::Colleague, "colleague", QT_TRANSLATE_NOOP("kith::Enum", "Colleague")},
        {RelationshipKind::Classmate, "classmate", QT_TRANSLATE_NOOP("kith::Enum", "Classmate")},
        {RelationshipKind::Professor, "professor", QT_TRANSLATE_NOOP("kith::Enum", "Professor")},
        {RelationshipKind::Mentor, "mentor", QT_TRANSLATE_NOOP("kith::Enum", "Mentor")},
        {RelationshipKind::RoleModel, "role_model", QT_TRANSLATE_NOOP("kith::Enum", "Role model")},
        {RelationshipKind::Family, "family", QT_TRANSLATE_NOOP("kith::Enum", "Family")},
        {RelationshipKind::Recruiter, "recruiter", QT_TRANSLATE_NOOP("kith::Enum", "Recruiter")},
        {RelationshipKind::Other, "other", QT_TRANSLATE_NOOP("kith::Enum", "Other")},
    }};
};

template <>
struct EnumTraits<OrganizationKind>
{
    static constexpr std::array<EnumEntry<OrganizationKind>, 6> entries{{
        {OrganizationKind::Employer, "employer", QT_TRANSLATE_NOOP("kith::Enum", "Employer")},
        {OrganizationKind::Library, "library", QT_TRANSLATE_NOOP("kith::Enum", "Library")},
        {OrganizationKind::Association, "association",
         QT_TRANSLATE_NOOP("kith::Enum", "Professional association")},
        {OrganizationKind::School, "school", QT_TRANSLATE_NOOP("kith::Enum", "School")},
        {OrganizationKind::Company, "company", QT_TRANSLATE_NOOP("kith::Enum", "Company")},
        {OrganizationKind::Other, "other", QT_TRANSLATE_NOOP("kith::Enum", "Other")},
    }};
};

template <>
struct EnumTraits<ProfileKind>
{
    static constexpr std::array<EnumEntry<ProfileKind>, 6> entries{{
        {ProfileKind::LinkedIn, "linkedin", QT_TRANSLATE_NOOP("kith::Enum", "LinkedIn")},
        {ProfileKind::X, "x", QT_TRANSLATE_NOOP("kith::Enum", "X/Twitter")},
        {ProfileKind::Mastodon, "mastodon", QT_TRANSLATE_NOOP("kith::Enum", "Mastodon")},
        {ProfileKind::Website, "website", QT_TRANSLATE_NOOP("kith::Enum", "Website")},
        {ProfileKind::Facebook, "facebook", QT_TRANSLATE_NOOP("kith::Enum", "Facebook")},
        {ProfileKind::Other, "other", QT_TRANSLATE_NOOP("kith::Enum", "Other")},
    }};
};

template <>
struct EnumTraits<MembershipStatus>
{
    static constexpr std::array<EnumEntry<MembershipStatus>, 3> entries{{
        {MembershipStatus::Planned, "planned", QT_TRANSLATE_NOOP("kith::Enum", "Planned")},
        {MembershipStatus::Active, "active", QT_TRANSLATE_NOOP("kith::Enum", "Active")},
        {MembershipStatus::Lapsed, "lapsed", QT_TRANSLATE_NOOP("kith::Enum", "Lapsed")},
    }};
};

template <>
struct EnumTraits<DuesPeriod>
{
    static constexpr std::array<EnumEntry<DuesPeriod>, 4> entries{{
        {DuesPeriod::Year, "year", QT_TRANSLATE_NOOP("kith::Enum", "per year")},
        {DuesPeriod::Quarter, "quarter", QT_TRANSLATE_NOOP("kith::Enum", "per quarter")},
        {DuesPeriod::Month, "month", QT_TRANSLATE_NOOP("kith::Enum", "per month")},
        {DuesPeriod::Once, "once", QT_TRANSLATE_NOOP("kith::Enum", "once")},
    }};
};

template <>
struct EnumTraits<Payer>
{
    static constexpr std::array<EnumEntry<Payer>, 3> entries{{
        {Payer::Self, "self", QT_TRANSLATE_NOOP("kith::Enum", "Self")},
        {Payer::Employer, "employer", QT_TRANSLATE_NOOP("kith::Enum", "Employer")},
        {Payer::Other, "other", QT_TRANSLATE_NOOP("kith::Enum", "Other")},
    }};
};

template <>
struct EnumTraits<GroupPlatform>
{
    static constexpr std::array<EnumEntry<GroupPlatform>, 9> entries{{
        {GroupPlatform::LinkedIn, "linkedin", QT_TRANSLATE_NOOP("kith::Enum", "LinkedIn")},
        {GroupPlatform::GoogleGroups, "google_groups",
         QT_TRANSLATE_NOOP("kith::Enum", "Google Groups")},
        {GroupPlatform::Facebook, "facebook", QT_TRANSLATE_NOOP("kith::Enum", "Facebook")},
        {GroupPlatform::X, "x", QT_TRANSLATE_NOOP("kith::Enum", "X/Twitter")},
        {GroupPlatform::Mastodon, "mastodon", QT_TRANSLATE_NOOP("kith::Enum", "Mastodon")},
        {GroupPlatform::Slack, "slack", QT_TRANSLATE_NOOP("kith::Enum", "Slack")},
        {GroupPlatform::Discord, "discord", QT_TRANSLATE_NOOP("kith::Enum", "Discord")},
        {GroupPlatform::MailingList, "mailing_list",
         QT_TRANSLATE_NOOP("kith::Enum", "Mailing list")},
        {GroupPlatform::Other, "other", QT_TRANSLATE_NOOP("kith::Enum", "Other")},
    }};
};

template <>
struct EnumTraits<RecommendationDirection>
{
    static constexpr std::array<EnumEntry<RecommendationDirection>, 2> entries{{
        {RecommendationDirection::Given, "given", QT_TRANSLATE_NOOP("kith::Enum", "Given")},
        {RecommendationDirection::Received, "received",
         QT_TRANSLATE_NOOP("kith::Enum", "Received")},
    }};
};

template <>
struct EnumTraits<RecommendationPlatform>
{
    static constexpr std::array<EnumEntry<RecommendationPlatform>, 4> entries{{
        {RecommendationPlatform::LinkedIn, "linkedin", QT_TRANSLATE_NOOP("kith::Enum", "LinkedIn")},
        {RecommendationPlatform::Letter, "letter", QT_TRANSLATE_NOOP("kith::Enum", "Letter")},
        {RecommendationPlatform::Email, "email", QT_TRANSLATE_NOOP("kith::Enum", "Email")},
        {RecommendationPlatform::Other, "other", QT_TRANSLATE_NOOP("kith::Enum", "Other")},
    }};
};

template <>
struct EnumTraits<RecommendationStatus>
{
    static constexpr std::array<EnumEntry<RecommendationStatus>, 5> entries{{
        {RecommendationStatus::ToAsk, "to_ask", QT_TRANSLATE_NOOP("kith::Enum", "To ask")},
        {RecommendationStatus::Requested, "requested",
         QT_TRANSLATE_NOOP("kith::Enum", "Requested")},
        {RecommendationStatus::Received, "received", QT_TRANSLATE_NOOP("kith::Enum", "Received")},
        {RecommendationStatus::Given, "given", QT_TRANSLATE_NOOP("kith::Enum", "Given")},
        {RecommendationStatus::Declined, "declined", QT_TRANSLATE_NOOP("kith::Enum", "Declined")},
    }};
};

template <>
struct EnumTraits<EventKind>
{
    static constexpr std::array<EnumEntry<EventKind>, 5> entries{{
        {EventKind::Conference, "conference", QT_TRANSLATE_NOOP("kith::Enum", "Conference")},
        {EventKind::Meeting, "meeting", QT_TRANSLATE_NOOP("kith::Enum", "Meeting")},
        {EventKind::Workshop, "workshop", QT_TRANSLATE_NOOP("kith::Enum", "Workshop")},
        {EventKind::Webinar, "webinar", QT_TRANSLATE_NOOP("kith::Enum", "Webinar")},
        {EventKind::Meetup, "meetup", QT_TRANSLATE_NOOP("kith::Enum", "Meetup")},
    }};
};

template <>
struct EnumTraits<EventFormat>
{
    static constexpr std::array<EnumEntry<EventFormat>, 3> entries{{
        {EventFormat::InPerson, "in_person", QT_TRANSLATE_NOOP("kith::Enum", "In person")},
        {EventFormat::Online, "online", QT_TRANSLATE_NOOP("kith::Enum", "Online")},
        {EventFormat::Hybrid, "hybrid", QT_TRANSLATE_NOOP("kith::Enum", "Hybrid")},
    }};
};

template <>
struct EnumTraits<EventStatus>
{
    static constexpr std::array<EnumEntry<EventStatus>, 5> entries{{
        {EventStatus::Considering, "considering", QT_TRANSLATE_NOOP("kith::Enum", "Considering")},
        {EventStatus::Planned, "planned", QT_TRANSLATE_NOOP("kith::Enum", "Planned")},
        {EventStatus::Registered, "registered", QT_TRANSLATE_NOOP("kith::Enum", "Registered")},
        {EventStatus::Attended, "attended", QT_TRANSLATE_NOOP("kith::Enum", "Attended")},
        {EventStatus::Skipped, "skipped", QT_TRANSLATE_NOOP("kith::Enum", "Skipped")},
    }};
};

template <>
struct EnumTraits<FundingStatus>
{
    static constexpr std::array<EnumEntry<FundingStatus>, 4> entries{{
        {FundingStatus::NotNeeded, "not_needed", QT_TRANSLATE_NOOP("kith::Enum", "Not needed")},
        {FundingStatus::Requested, "requested", QT_TRANSLATE_NOOP("kith::Enum", "Requested")},
        {FundingStatus::Approved, "approved", QT_TRANSLATE_NOOP("kith::Enum", "Approved")},
        {FundingStatus::Denied, "denied", QT_TRANSLATE_NOOP("kith::Enum", "Denied")},
    }};
};

template <>
struct EnumTraits<DeadlineKind>
{
    static constexpr std::array<EnumEntry<DeadlineKind>, 6> entries{{
        {DeadlineKind::EarlyBird, "early_bird",
         QT_TRANSLATE_NOOP("kith::Enum", "Early-bird registration")},
        {DeadlineKind::Registration, "registration",
         QT_TRANSLATE_NOOP("kith::Enum", "Registration")},
        {DeadlineKind::FundingRequest, "funding_request",
         QT_TRANSLATE_NOOP("kith::Enum", "Funding request")},
        {DeadlineKind::Proposal, "proposal",
         QT_TRANSLATE_NOOP("kith::Enum", "Proposal submission")},
        {DeadlineKind::Lodging, "lodging", QT_TRANSLATE_NOOP("kith::Enum", "Hotel booking")},
        {DeadlineKind::Other, "other", QT_TRANSLATE_NOOP("kith::Enum", "Other")},
    }};
};

template <>
struct EnumTraits<CostCategory>
{
    static constexpr std::array<EnumEntry<CostCategory>, 5> entries{{
        {CostCategory::Registration, "registration",
         QT_TRANSLATE_NOOP("kith::Enum", "Registration")},
        {CostCategory::Travel, "travel", QT_TRANSLATE_NOOP("kith::Enum", "Travel")},
        {CostCategory::Lodging, "lodging", QT_TRANSLATE_NOOP("kith::Enum", "Lodging")},
        {CostCategory::Meals, "meals", QT_TRANSLATE_NOOP("kith::Enum", "Meals")},
        {CostCategory::Other, "other", QT_TRANSLATE_NOOP("kith::Enum", "Other")},
    }};
};

template <>
struct EnumTraits<FundingSource>
{
    static constexpr std::array<EnumEntry<FundingSource>, 3> entries{{
        {FundingSource::Self, "self", QT_TRANSLATE_NOOP("kith::Enum", "Self")},
        {FundingSource::Employer, "employer", QT_TRANSLATE_NOOP("kith::Enum", "Employer")},
        {FundingSource::Scholarship, "scholarship", QT_TRANSLATE_NOOP("kith::Enum", "Scholarship")},
    }};
};

template <>
struct EnumTraits<ParticipantRole>
{
    static constexpr std::array<EnumEntry<ParticipantRole>, 2> entries{{
        {ParticipantRole::Companion, "companion",
         QT_TRANSLATE_NOOP("kith::Enum", "Going together")},
        {ParticipantRole::ToMeet, "to_meet", QT_TRANSLATE_NOOP("kith::Enum", "To meet there")},
    }};
};

template <>
struct EnumTraits<InteractionKind>
{
    static constexpr std::array<EnumEntry<InteractionKind>, 6> entries{{
        {InteractionKind::Met, "met", QT_TRANSLATE_NOOP("kith::Enum", "Met")},
        {InteractionKind::Call, "call", QT_TRANSLATE_NOOP("kith::Enum", "Call")},
        {InteractionKind::Email, "email", QT_TRANSLATE_NOOP("kith::Enum", "Email")},
        {InteractionKind::Message, "message", QT_TRANSLATE_NOOP("kith::Enum", "Message")},
        {InteractionKind::Social, "social", QT_TRANSLATE_NOOP("kith::Enum", "Social media")},
        {InteractionKind::Event, "event", QT_TRANSLATE_NOOP("kith::Enum", "At an event")},
    }};
};

template <>
struct EnumTraits<Origin>
{
    static constexpr std::array<EnumEntry<Origin>, 5> entries{{
        {Origin::Manual, "manual", QT_TRANSLATE_NOOP("kith::Enum", "Added by hand")},
        {Origin::LinkedIn, "linkedin", QT_TRANSLATE_NOOP("kith::Enum", "LinkedIn import")},
        {Origin::VCard, "vcard", QT_TRANSLATE_NOOP("kith::Enum", "vCard import")},
        {Origin::Csv, "csv", QT_TRANSLATE_NOOP("kith::Enum", "CSV import")},
        {Origin::Demo, "demo", QT_TRANSLATE_NOOP("kith::Enum", "Demo network")},
    }};
};

} // namespace kith
