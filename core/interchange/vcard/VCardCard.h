#pragma once

#include "VCardSyntax.h"
#include "model/Person.h"

#include <QHash>
#include <QSet>

// Turns the properties of one card into a Person: the vCard vocabulary read the liberal
// way (every version's spelling, Apple's grouped labels, the X-KITH-* properties Kith's
// own export adds for what vCard has no property for).
namespace kith::vcard::detail {

class CardBuilder
{
public:
    void reset();
    void add(const ContentLine &property);

    // Whether the card said nothing about a person (only VERSION, UID, PRODID…).
    bool isEmpty() const { return m_dataProperties == 0; }
    // The person, or false with the reason the card cannot be used.
    bool build(Person &person, QString &reason);
    // What was left out of an otherwise usable card, by line ("“x” is not an e-mail
    // address"), for the batch's notes.
    const QList<std::pair<int, QString>> &problems() const { return m_problems; }

private:
    struct Point
    {
        ContactPoint point;
        int pref = 0;
        QByteArray group; // Apple's "item1", to find the X-ABLabel of the same group
    };

    // The values a card keeps of one repeated property, found by key in constant time: a
    // card with a million EMAIL lines must take a million steps, not a million squared.
    struct Kept
    {
        QSet<QString> keys;
        qsizetype count = 0;
        bool full = false; // the card had more than it keeps, which is noted once
    };

    bool addProperty(QByteArrayView name, const ContentLine &property);
    void addEmail(const ContentLine &property);
    void addPhone(const ContentLine &property);
    void addAddress(const ContentLine &property);
    void addName(const ContentLine &property);
    void addOrganization(const ContentLine &property);
    void addUrl(const ContentLine &property);
    void addSocialProfile(const ContentLine &property);
    void addPhoto(const ContentLine &property);
    void addKithRole(const ContentLine &property);
    void addLabel(const ContentLine &property);
    void addProfile(const ContentLine &property, ProfileKind kind, const QString &url);
    void noteProblem(const ContentLine &property, const QString &problem);
    // Whether there is room for one more value; notes the first value a full property
    // leaves out with `tooMany` ("The card has more than %1 e-mail addresses…").
    bool hasRoom(Kept &kept, const ContentLine &property, const char *tooMany);
    // Whether a value with `key` is new and there is room for it.
    bool keep(Kept &kept, const QString &key, const ContentLine &property, const char *tooMany);
    QList<ContactPoint> finishPoints(QList<Point> &points) const;

    int m_dataProperties = 0;
    QString m_formattedName;
    QString m_nameParts[5]; // family; given; additional; prefixes; suffixes
    bool m_hasName = false;
    bool m_hasFormattedName = false;
    QList<Point> m_emails;
    Kept m_emailKeys; // case-folded
    QList<Point> m_phones;
    Kept m_phoneKeys;
    QHash<QByteArray, QString> m_labels; // group → X-ABLabel, the last one of the group
    Kept m_labelGroups;
    Location m_location;
    int m_locationPref = -1; // rank of the address giving the location; -1 before one
    QString m_organization;
    QString m_department;
    QString m_title;
    QString m_headline;
    QList<Role> m_kithRoles;
    Kept m_kithRoleCount; // no keys: every role is kept, up to the limit
    QList<ProfileLink> m_profiles;
    Kept m_profileUrls;
    QStringList m_tags;
    Kept m_tagKeys; // case-folded
    QString m_note;
    QString m_birthday;
    QString m_photoUrl;
    QByteArray m_photo;
    QString m_uid;
    QList<RelationshipKind> m_relationships;
    std::optional<int> m_cadenceDays;
    QDate m_knownSince;
    QList<std::pair<int, QString>> m_problems;
};

} // namespace kith::vcard::detail
