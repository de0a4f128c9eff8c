# The Debian package, built by CPack from a release build: `cpack -G DEB` in the build folder
# (scripts/package does both) gives kith_<version>_<arch>.deb. Name, version, summary and
# homepage come from project(); the install rules of app/ and packaging/ fill it.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kith)
set(CPACK_PACKAGE_VENDOR "The Kith developers")
set(CPACK_PACKAGE_CONTACT "${KITH_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0) # every core for compressing

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${KITH_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# CPack puts the summary on the Description line and this text, indented, below it.
# Lines stay well under 80 columns: Debian's tools show them indented, and lintian rejects
# lines longer than 80.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Kith keeps one person's professional network in one place: the people
they know and how they met, the online groups they belong to, the
recommendations they give and receive, their professional-association
memberships and renewals, and the conferences they plan to attend, with
costs against a yearly budget, deadlines, who else goes and what came of
it.

A dashboard shows follow-ups, renewals and upcoming events; LinkedIn data
exports, vCard, iCalendar and CSV files can be imported and exported. The
same program is scriptable from the command line. Everything stays in a
single SQLite file on the user's own computer.")

# dpkg-shlibdeps finds the libraries kith links, including libqt6gui6, which also ships
# the xcb and offscreen platform plugins. Plugins that Qt loads at run time and kith does
# not link are invisible to it: the SQLite driver of Qt Sql, without which no database
# opens, and the other platform plugins (Wayland, EGLFS, VNC) of qt6-qpa-plugins.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Qt's own dialogs and buttons in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
