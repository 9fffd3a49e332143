#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack, checks their contents and metadata, then installs
# the .deb into a fresh Debian root (debootstrap) with apt, as a user would, and runs both
# programs from the installed files. Needs root and Debian's package mirror.
set -euo pipefail

build_dir=$(cd "$1" && pwd)
mirror=${HONGYAN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
app_id=org.hongyan.Hongyan

if [[ $(id -u) -ne 0 ]]; then
    echo "SKIP: installing into a scratch root needs root (CI runs as root)"
    exit 77
fi

work=$(mktemp -d /var/tmp/hongyan-package.XXXXXX)
root="$work/root"
cleanup() {
    mountpoint -q "$root/proc" && umount "$root/proc"
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

echo "== CPack"
cpack --config "$build_dir/CPackConfig.cmake" -B "$work/out" -G "DEB;TGZ" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/hongyan_*.deb)
ls "$work"/out/hongyan-*.tar.gz >/dev/null || fail "no .tar.gz was built"

echo "== Package metadata and contents"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libqt6core6 libqt6network6 libqt6widgets6 libqt6keychain1; do
    [[ $depends == *"$library"* ]] || fail "Depends lacks $library (shlibdeps)"
done
contents=$(dpkg-deb -c "$deb")
for path in usr/bin/hongyan usr/bin/hongyan-cli \
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "usr/share/icons/hicolor/16x16/apps/$app_id.png" \
    "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    usr/share/man/man1/hongyan.1 usr/share/man/man1/hongyan-cli.1 \
    usr/share/hongyan/translations/hongyan_zh_CN.qm; do
    grep -q " \./$path\$" <<<"$contents" || fail "the package lacks /$path"
done

dpkg-deb -x "$deb" "$work/files"
# The keychain module is loaded through the programs' RUNPATH, relative to where they are.
for program in hongyan hongyan-cli; do
    runpath=$(readelf -d "$work/files/usr/bin/$program" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
    [[ $runpath == '$ORIGIN/'* ]] || fail "/usr/bin/$program has RUNPATH '$runpath', not \$ORIGIN/..."
    module="$work/files/usr/bin/${runpath#'$ORIGIN/'}/libhongyan-keychain.so"
    [[ -f $module ]] || fail "/usr/bin/$program cannot find the keychain module through '$runpath'"
done
desktop-file-validate "$work/files/usr/share/applications/$app_id.desktop" ||
    fail "desktop-file-validate"
grep -q '^MimeType=.*x-scheme-handler/mailto;' "$work/files/usr/share/applications/$app_id.desktop" ||
    fail "the desktop entry does not handle mailto:"
grep -q '^Exec=hongyan %u$' "$work/files/usr/share/applications/$app_id.desktop" ||
    fail "the desktop entry does not pass the URL (%u)"
appstreamcli validate --no-net "$work/files/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate"

echo "== Installing into a fresh Debian root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log"; fail "debootstrap"; }
cp "$deb" "$root/tmp/"
mount --bind /proc "$root/proc"
chroot "$root" /bin/sh -c "export DEBIAN_FRONTEND=noninteractive;
    apt-get update -qq && apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb")" \
    >"$work/install.log" 2>&1 || { tail -30 "$work/install.log"; fail "apt-get install"; }

echo "== Running the installed programs"
cli_version=$(chroot "$root" hongyan-cli --version)
gui_version=$(chroot "$root" env QT_QPA_PLATFORM=offscreen hongyan --version)
echo "$cli_version / $gui_version"
[[ $cli_version == "hongyan-cli "* ]] || fail "hongyan-cli --version printed '$cli_version'"
[[ $gui_version == "hongyan "* ]] || fail "hongyan --version printed '$gui_version'"
chroot "$root" hongyan-cli build --from a@example.org --to b@example.org --subject 测试 \
    --body hello --output /tmp/check.eml || fail "the installed hongyan-cli cannot build a message"
grep -q '^Subject: =?UTF-8?' "$root/tmp/check.eml" || fail "the built message has no encoded subject"
# A saved account makes hongyan-cli load the keychain module; in this root there is no
# D-Bus session, so the module must answer that there is none (a missing or broken
# module would say "keychain module" instead).
mkdir -p "$root/root/.config/Hongyan"
printf '%s\n' '[accounts]' 'pkg\name=pkg' 'pkg\address=a@example.org' 'pkg\kind=submission' \
    'pkg\host=127.0.0.1' 'pkg\port=9' 'pkg\security=tls' 'pkg\auth=plain' 'pkg\user=someone' \
    >"$root/root/.config/Hongyan/hongyan.conf"
keychain_error=$(chroot "$root" env HOME=/root hongyan-cli send --account pkg --to b@example.org \
    --body hello </dev/null 2>&1 || true)
echo "without a keychain: $keychain_error"
[[ $keychain_error == *"the keychain could not be used (no D-Bus session bus"* &&
    $keychain_error != *"keychain module"* ]] ||
    fail "the installed hongyan-cli did not reach the keychain module"
echo "package checks passed"
