"""HTTP artifacts against WebHDFS: download with OAuth2, upload with a client certificate, custom headers."""

from hera.workflows import ClientCertAuth, Container, HTTPArtifact, OAuth2Auth, SecretKeySelector, Workflow

WEBHDFS = "https://mywebhdfsprovider.com/webhdfs/v1/file.txt"
HEADERS = {"CustomHeader": "CustomValue"}

with Workflow(
    generate_name="input-output-artifact-webhdfs-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="input-output-artifact-webhdfs-example",
) as w:
    Container(
        name="input-output-artifact-webhdfs-example",
        inputs=[
            HTTPArtifact(
                name="my-art",
                path="/my-artifact",
                url=f"{WEBHDFS}?op=OPEN",
                auth=OAuth2Auth(
                    client_id_secret=SecretKeySelector(name="oauth-sec", key="clientID"),
                    client_secret_secret=SecretKeySelector(name="oauth-sec", key="clientSecret"),
                    token_url_secret=SecretKeySelector(name="oauth-sec", key="tokenURL"),
                    scopes=["some", "scopes"],
                    endpoint_params={"customkey": "customvalue"},
                ),
                headers=HEADERS,
            )
        ],
        outputs=[
            HTTPArtifact(
                name="my-art2",
                path="/my-artifact",
                url=f"{WEBHDFS}?op=CREATE&overwrite=true",
                auth=ClientCertAuth(
                    client_cert_secret=SecretKeySelector(name="cert-sec", key="certificate.pem"),
                    client_key_secret=SecretKeySelector(name="cert-sec", key="key.pem"),
                ),
                headers=HEADERS,
            )
        ],
        image="debian:latest",
        command=["sh", "-c"],
        args=["cat /my-artifact"],
    )
