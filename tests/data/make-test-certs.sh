#!/bin/sh
# Writes the certificates the TLS tests need into DIR (openssl CLI only, EC P-256 keys so the
# whole set takes well under a second):
#   ca.pem / ca.key                 test CA (the tests pass it as SessionSettings::caFile)
#   server.pem / server.key         localhost + 127.0.0.1, signed by the test CA
#   wrong-host.pem / .key           wrong.example, signed by the test CA
#   expired.pem / .key              localhost + 127.0.0.1, signed by the test CA, expired in 2021
#   self-signed.pem / .key          localhost + 127.0.0.1, self-signed
#   other-ca.pem / .key             a second CA nobody trusts
#   unknown-ca.pem / .key           localhost + 127.0.0.1, signed by the second CA
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi
dir=$1
mkdir -p "$dir"
cd "$dir"

key() {
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null
}

# Extensions for a TLS server certificate; the subjectAltName is appended per certificate.
cat > leaf.cnf <<'CNF'
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CNF

# `openssl ca` is the only bookworm tool that signs with an arbitrary validity period (the
# expired certificate); it wants a database and a serial file, nothing else.
ca_config() {
    name=$1
    mkdir -p "$name.db"
    : > "$name.db/index.txt"
    echo 1000 > "$name.db/serial"
    cat > "$name.cnf" <<CNF
[ca]
default_ca = ca_section
[ca_section]
database = $name.db/index.txt
serial = $name.db/serial
new_certs_dir = $name.db
certificate = $name.pem
private_key = $name.key
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
[policy_any]
commonName = supplied
CNF
}

make_ca() {
    name=$1
    cn=$2
    key "$name.key"
    openssl req -x509 -new -key "$name.key" -sha256 -days 3650 -subj "/CN=$cn" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -out "$name.pem"
    ca_config "$name"
}

# sign CA NAME CN SAN [startdate enddate]
sign() {
    ca=$1
    name=$2
    cn=$3
    san=$4
    key "$name.key"
    openssl req -new -key "$name.key" -subj "/CN=$cn" -out "$name.csr"
    { cat leaf.cnf; echo "subjectAltName = $san"; } > "$name.ext"
    if [ $# -ge 6 ]; then
        dates="-startdate $5 -enddate $6"
    else
        dates="-days 825"
    fi
    # shellcheck disable=SC2086 # $dates is two options
    openssl ca -batch -notext -config "$ca.cnf" -extfile "$name.ext" -extensions leaf \
        $dates -in "$name.csr" -out "$name.pem" 2>/dev/null
    rm -f "$name.csr" "$name.ext"
}

local_san="DNS:localhost,IP:127.0.0.1"

make_ca ca "Hongyan Test CA"
sign ca server localhost "$local_san"
sign ca wrong-host wrong.example "DNS:wrong.example"
sign ca expired localhost "$local_san" 20200101000000Z 20210101000000Z

key self-signed.key
openssl req -x509 -new -key self-signed.key -sha256 -days 825 -subj "/CN=localhost" \
    -addext "subjectAltName=$local_san" -addext "basicConstraints=critical,CA:FALSE" \
    -addext "extendedKeyUsage=serverAuth" -out self-signed.pem

make_ca other-ca "Unknown Test CA"
sign other-ca unknown-ca localhost "$local_san"

rm -rf ./*.cnf ./*.db
