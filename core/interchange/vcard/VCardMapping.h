#pragma once

#include "VCardSyntax.h"
#include "model/Common.h"

#include <QByteArrayList>

#include <optional>

// How vCard's vocabulary maps onto Kith's model, in both directions, so the reader and the
// writer cannot drift apart: a label the writer expresses as TYPE values is exactly the
// label the reader makes of them.
namespace kith::vcard::detail {

enum class PointKind
{
    Email,
    Phone
};

// "work", "home fax", "mobile"… from the TYPE values of an EMAIL or TEL; values that only
// say what every address is (INTERNET, VOICE beside another type, PREF) are left out.
QString labelFromTypes(const QByteArrayView *types, int count, PointKind kind);
// The TYPE values that read back as `label`, or nullopt when the label is free text that
// needs a grouped X-ABLabel instead. An empty label needs no TYPE at all.
std::optional<QByteArrayList> typesForLabel(const QString &label, PointKind kind);
// Apple's X-ABLabel: "_$!<Mobile>!$_" is the built-in "mobile", anything else is the
// user's own label.
QString labelFromAppleLabel(const QString &label);

// http(s) addresses only; "www.example.org" gains "https://". Empty when not a web address.
QString webUrl(const QString &value);
// LinkedIn, X/Twitter, Facebook and Mastodon-style "https://host/@user" by their address;
// anything else is a website.
ProfileKind profileKindOfUrl(const QString &url);
// The kind an X-SOCIALPROFILE TYPE names; nullopt when it names none.
std::optional<ProfileKind> profileKindOfSocialType(QByteArrayView type);
QByteArray socialTypeOf(ProfileKind kind);
// A profile address made from a user name, for X-SOCIALPROFILE values such as
// "x-apple:jane" with X-USER=jane. Empty when the kind has no address pattern.
QString profileUrlForUser(ProfileKind kind, QString user);

// "image/jpeg", "image/png"… by the bytes' signature.
QByteArray imageMediaType(const QByteArray &image);

// BDAY as a person reads it: "1985-04-12", or "--04-12" when the year is unknown.
QString birthdayText(const QString &value);

// ISO dates ("2024-05-01", and the basic "20240501") without QDate's general parser.
QDate parseDate(QStringView text);

} // namespace kith::vcard::detail
