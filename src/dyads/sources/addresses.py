"""Which hosts a server may fetch on a user's behalf: public addresses only.

A server that fetches URLs for whoever holds its token must not become a way into the
network it runs in: loopback (its own admin ports), private and link-local networks, the
cloud metadata services (169.254.169.254, fd00:ec2::254 ... which hand out credentials),
multicast and reserved ranges. `PublicAddresses` decides from the addresses a host
*resolves to*, not from its name, so `localhost`, `127.1`, `0x7f000001`, `[::ffff:127.0.0.1]`
or a public name pointing at 10.0.0.5 are refused alike.

The check is made twice by a guarded `Fetcher`: before each request (every redirect hop
included), for a clear reason early, and again inside the connection itself
(`GuardedBackend.connect_tcp`), which resolves the name once, checks every address, and
connects to the very address it checked, so a DNS answer that changes between the two
(DNS rebinding) cannot slip a private address in.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from urllib.parse import urlsplit

import httpcore
import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOW_OPTION = "--allow-private-urls"

# Metadata services of cloud providers: credentials for whoever can reach them.
METADATA = {
    ipaddress.ip_address(a)
    for a in ("169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean, Oracle...
              "169.254.170.2",  # AWS ECS task credentials
              "169.254.169.253",  # AWS DNS
              "100.100.100.200",  # Alibaba Cloud
              "192.0.0.192",  # Oracle Cloud (legacy)
              "fd00:ec2::254",  # AWS IMDS over IPv6
              "fd00:ec2::23")  # AWS ECS over IPv6
}
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class AddressRefused(Exception):
    """A host that resolves to an address the server must not fetch. `reason` is one line."""

    def __init__(self, host: str, reason: str):
        super().__init__(reason)
        self.host = host
        self.reason = reason


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one stands for (mapped, NAT64, 6to4, Teredo), if any."""
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    return None


def why_not_public(ip: IPAddress) -> str | None:
    """Why `ip` is no public unicast address ("a loopback address", ...), or None when it is."""
    if ip in METADATA:
        return "a cloud metadata address"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            ip = ipaddress.IPv6Address(str(ip).split("%")[0])
        inner = _embedded_ipv4(ip)
        if inner is not None:
            why = why_not_public(inner)
            if why:
                return f"{why} ({inner} in IPv6 form)"
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_unspecified:
        return "the unspecified address (this host)"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_private:
        return "a private address"
    if ip.is_reserved:
        return "a reserved address"
    if not ip.is_global:  # 100.64.0.0/10 (carrier-grade NAT) and the like
        return "not a public address"
    return None


class PublicAddresses:
    """The policy of a shared server: fetch public unicast addresses only."""

    def resolve(self, host: str, port: int) -> list[str]:
        """The addresses `host` resolves to, each checked; raises AddressRefused when any
        is not public (a name with one private address among public ones is refused too:
        which one a connection gets is not ours to choose), socket.gaierror when the name
        does not resolve."""
        host = host.strip("[]")
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        addresses: list[str] = []
        for *_, sockaddr in infos:
            text = str(sockaddr[0])
            ip = ipaddress.ip_address(text.split("%")[0])
            why = why_not_public(ip)
            if why:
                said = f"{host} is {why}" if host == text else f"{host} resolves to {ip}, {why}"
                raise AddressRefused(host, f"refused: {said}; this server fetches public "
                                           f"addresses only (see {ALLOW_OPTION})")
            if text not in addresses:
                addresses.append(text)
        return addresses

    def check_url(self, url: str) -> None:
        """Raise AddressRefused when the host of `url` resolves to a non-public address;
        a name that does not resolve passes (fetching it will fail on its own)."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            port = 80
        try:
            self.resolve(host, port)
        except (socket.gaierror, UnicodeError):
            pass


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's network backend that resolves a host itself, checks every address, and
    connects only to the addresses it checked (TLS still verifies the host name: httpcore
    passes the URL's host for SNI and the certificate, not the address)."""

    def __init__(self, policy: PublicAddresses):
        self.policy = policy

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None) -> httpcore.NetworkStream:
        try:
            addresses = self.policy.resolve(host, port)
        except socket.gaierror as error:
            raise httpcore.ConnectError(f"{host}: {error.strerror or error}") from None
        last: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last = error
        assert last is not None
        raise last


def guarded_transport(policy: PublicAddresses) -> httpx.HTTPTransport:
    """An httpx transport whose every connection goes through `GuardedBackend`. No proxy:
    through a proxy the address connected to would be the proxy's, not the host's."""
    transport = httpx.HTTPTransport()
    transport._pool = httpcore.ConnectionPool(  # the pool HTTPTransport would make, guarded
        ssl_context=httpx.create_ssl_context(),
        max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0,  # httpx's
        network_backend=GuardedBackend(policy),
    )
    return transport
