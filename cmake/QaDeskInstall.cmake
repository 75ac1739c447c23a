# Installing like any Linux desktop app, and the .deb CPack makes from the same rules (`cpack -G DEB` in a Release
# build; scripts/package does both). The translations are not installed as files: the .qm files are embedded in the
# binaries at :/qadesk/i18n (ui/CMakeLists.txt), and Qt's own come from qt6-translations-l10n.
include(GNUInstallDirs)

# The one application id: desktop entry, metainfo and icon are named after it.
set(QADESK_APP_ID io.github.qadesk.QADesk)
set(desktop_dir ${PROJECT_SOURCE_DIR}/resources/desktop)

# The metainfo's newest release is the version users see in software centres: it must be this one.
file(READ ${desktop_dir}/${QADESK_APP_ID}.metainfo.xml metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" newest_release "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
  message(FATAL_ERROR "${QADESK_APP_ID}.metainfo.xml: the newest <release> is \"${CMAKE_MATCH_1}\", the project is "
                      "${PROJECT_VERSION}; add a <release> for ${PROJECT_VERSION}.")
endif()

install(TARGETS qadesk qadesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${desktop_dir}/${QADESK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${desktop_dir}/${QADESK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${desktop_dir}/${QADESK_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/docs/man/qadesk.1 ${PROJECT_SOURCE_DIR}/docs/man/qadesk-cli.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/qadesk RENAME copyright)

set(CPACK_PACKAGE_NAME qadesk)
set(CPACK_PACKAGE_VENDOR "The QA Desk authors")
set(CPACK_PACKAGE_CONTACT "The QA Desk authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Quality assurance for contact centres")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
       "Evaluate recorded calls and chat transcripts against versioned scorecards, coach agents from their score "
       "trends, settle disputes and plan monitoring with statistically sound sample sizes. Korean and English "
       "interface; includes qadesk-cli, the same work on the command line with JSON output.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # qadesk_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/qadesk/qadesk)
# The libraries the binaries link come from dpkg-shlibdeps; what Qt loads at run time as plugins does not, so it is
# named here: the SQLite and PostgreSQL drivers, GStreamer's decoders for the call player, Qt's own translations, and
# a font with Hangul (without one every Korean name and label is a row of boxes, on screen and in PDF reports).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
string(CONCAT CPACK_DEBIAN_PACKAGE_DEPENDS
       "libqt6sql6-sqlite, libqt6sql6-psql, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav, "
       "qt6-translations-l10n, fonts-noto-cjk | fonts-nanum")
# The demo workspace speaks its calls with espeak-ng and sox; Wayland sessions use qt6-wayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "espeak-ng, sox, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "sqlite3, postgresql-client")
include(CPack)
