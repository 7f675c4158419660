"""One visitor of the service on loopback, as the scripts' probes and checks drive it: its own
source address (so per-client limits see it apart), its cookies as the server sets and clears
them, an API token when it has one (read by scripts/hostile.d and scripts/several-machines.d)."""
import http.client


class LoopbackVisitor:
    def __init__(self, port, source="127.0.0.1", token=None):
        self.port, self.source, self.cookies, self.token = port, source, {}, token

    def request(self, method, path, body=None, headers=None, timeout=60):
        """(status, headers with lower-case names, body bytes); one connection per request."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout, source_address=(self.source, 0))
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
        finally:
            connection.close()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, val = value.split(";", 1)[0].partition("=")
                if "max-age=0" in value.lower() or val == "":
                    self.cookies.pop(key.strip(), None)
                else:
                    self.cookies[key.strip()] = val
        return response.status, {k.lower(): v for k, v in response.getheaders()}, data

    def get(self, path, **kw):
        return self.request("GET", path, **kw)
