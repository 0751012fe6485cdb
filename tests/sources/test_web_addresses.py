"""A guarded Fetcher (the server's) fetches public addresses only: checked after DNS, on
every redirect, and again when connecting; an unguarded one (the user's command line)
fetches anything."""

from __future__ import annotations

import ipaddress
import socket

import pytest
from web_server import Answer, LoopbackSite, page, quick_fetcher

from dyads.sources import addresses
from dyads.sources.addresses import AddressRefused, PublicAddresses, why_not_public
from dyads.sources.web import FetchError


@pytest.mark.parametrize("address, why", [
    ("127.0.0.1", "a loopback address"),
    ("127.5.6.7", "a loopback address"),
    ("::1", "a loopback address"),
    ("0.0.0.0", "the unspecified address (this host)"),
    ("::", "the unspecified address (this host)"),
    ("10.1.2.3", "a private address"),
    ("172.16.0.1", "a private address"),
    ("192.168.1.1", "a private address"),
    ("fd12:3456::1", "a private address"),
    ("169.254.1.1", "a link-local address"),
    ("fe80::1", "a link-local address"),
    ("169.254.169.254", "a cloud metadata address"),
    ("fd00:ec2::254", "a cloud metadata address"),
    ("100.100.100.200", "a cloud metadata address"),
    ("224.0.0.1", "a multicast address"),
    ("ff02::1", "a multicast address"),
    ("240.0.0.1", "a private address"),  # reserved, which Python counts among private
    ("100.64.0.1", "not a public address"),  # carrier-grade NAT
    ("::ffff:127.0.0.1", "a loopback address (127.0.0.1 in IPv6 form)"),
    ("::ffff:169.254.169.254", "a cloud metadata address (169.254.169.254 in IPv6 form)"),
    ("64:ff9b::a00:1", "a private address (10.0.0.1 in IPv6 form)"),  # NAT64
    ("2002:c0a8:101::1", "a private address (192.168.1.1 in IPv6 form)"),  # 6to4
    ("8.8.8.8", None),
    ("2001:4860:4860::8888", None),
    ("93.184.215.14", None),
])
def test_which_addresses_are_public(address, why):
    assert why_not_public(ipaddress.ip_address(address)) == why


@pytest.mark.parametrize("host", ["127.1", "2130706433", "0x7f000001", "localhost", "[::1]", "0"])
def test_other_spellings_of_this_host_are_refused_after_resolution(host):
    with pytest.raises(AddressRefused, match="refused: .*(loopback|unspecified)"):
        PublicAddresses().check_url(f"http://{host}:8080/x")


def test_a_name_that_does_not_resolve_passes_the_early_check():
    PublicAddresses().check_url("http://no-such-host.invalid/x")  # the fetch fails on its own


@pytest.fixture
def site():
    site = LoopbackSite()
    site.route("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    site.route("/news/1.html", page("Lavrov répond aux États-Unis"))
    yield site
    site.close()


def test_the_command_line_fetcher_fetches_loopback(site):
    with quick_fetcher() as fetcher:
        assert fetcher.fetch(site.url("/news/1.html")).status == 200


def test_a_guarded_fetcher_refuses_loopback_before_any_request(site):
    url = site.url("/news/1.html")
    with quick_fetcher(guard=PublicAddresses()) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    assert caught.value.url == url and not caught.value.transient
    assert caught.value.reason.startswith("refused: 127.0.0.1 is a loopback address")
    assert site.hits == []


class _PassesEarly(PublicAddresses):
    """A name that resolved to a public address at the early check and to 127.0.0.1 when
    connecting (DNS rebinding): the early check is skipped, the connection's must hold."""

    def check_url(self, url: str) -> None:
        pass


def test_the_connection_itself_checks_the_address_it_connects_to(site):
    with quick_fetcher(guard=_PassesEarly()) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(site.url("/news/1.html"))
    assert "refused: 127.0.0.1 is a loopback address" in caught.value.reason
    assert site.hits == []


def test_a_redirect_hop_is_checked(site, monkeypatch):
    real = addresses.why_not_public  # the test site stands for a public host
    monkeypatch.setattr(addresses, "why_not_public", lambda ip: None if str(ip) == "127.0.0.1" else real(ip))
    url = site.route("/moved", Answer(status=301, headers={"Location": "http://[fd00:ec2::254]/latest/"}))
    with quick_fetcher(guard=PublicAddresses()) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    assert caught.value.reason.startswith("redirected to http://[fd00:ec2::254]/latest/: refused: "
                                          "fd00:ec2::254 is a cloud metadata address")
    # and the connection refuses it too, should the early check be fooled
    monkeypatch.setattr(PublicAddresses, "check_url", lambda self, url: None)
    with quick_fetcher(guard=PublicAddresses()) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    assert "fd00:ec2::254 is a cloud metadata address" in caught.value.reason


def test_a_name_with_one_private_address_among_public_ones_is_refused(monkeypatch):
    answers = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 80)),
               (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", 80))]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: answers)
    with pytest.raises(AddressRefused, match="news.example resolves to 10.0.0.5, a private address"):
        PublicAddresses().resolve("news.example", 80)
