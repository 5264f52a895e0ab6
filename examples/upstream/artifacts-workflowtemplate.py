"""A container set producing files, a directory and reports as S3 artifacts, archived or stored as they are."""

from hera.workflows import (
    ContainerNode,
    ContainerSet,
    EmptyDirVolume,
    HTTPArtifact,
    NoneArchiveStrategy,
    S3Artifact,
    WorkflowTemplate,
)

PLOT = (
    "set xlabel 'Year'; set ylabel 'Mean';\n"
    "set grid;\n"
    "set datafile separator ',';\n"
    "set term png size 600,400;\n"
    "set output '/out/assets/global-temp.png';\n"
    "plot '/in/annual.csv' every 2::0 skip 1 using 2:3 title 'Global Temperature' with lines linewidth 2;\n"
)
WRITE_FILES = """\
cowsay "hello world" > /out/hello.txt

cat > /out/hello.json <<EOF
{"hello": {"world": true}} \nEOF

echo '* {font-family: sans-serif}' > /out/assets/styles.css

cat > /out/index.html <<EOF
<html>
  <head>
    <link rel='stylesheet' href='assets/styles.css' type='text/css'/>
  </head>
  <body>
    <h1>Global Temperature</h1>
    <img src='assets/global-temp.png'/>
  </body>
</html>
EOF

cat > /out/malicious.html <<EOF
<html>
  <body>
    <script>alert(1)</script>
    <p>This page attempts to run a script that shows an alert, but the Argo Server UI Content-Security-Policy \
will prevent that.</p>
    <p>To check, open your Web Console and see that "Blocked script execution ... because the document's frame \
is sandboxed." (or similar) is printed.</p>
  </body>
</html>
EOF
"""


def stored(name: str, path: str, key: str) -> S3Artifact:
    """An output kept in S3 under `key` as it is (no tarball), so the UI can show it."""
    return S3Artifact(name=name, path=path, key=key, archive=NoneArchiveStrategy())


with WorkflowTemplate(
    name="artifacts",
    annotations={
        "workflows.argoproj.io/description": "This example shows how to produce different types of artifact.\n"
    },
    entrypoint="main",
) as w:
    with ContainerSet(
        name="main",
        volumes=[EmptyDirVolume(name="in", mount_path="/in"), EmptyDirVolume(name="out", mount_path="/out")],
        inputs=[
            HTTPArtifact(
                name="temps", path="/in/annual.csv", url="https://datahub.io/core/global-temp/r/annual.csv"
            )
        ],
        outputs=[
            stored("text-file", "/out/hello.txt", "hello.txt"),
            stored("json-file", "/out/hello.json", "hello.json"),
            stored("css-file", "/out/assets/styles.css", "styles.css"),
            stored("malicious-file", "/out/malicious.html", "malicious.html"),
            stored("report", "/out", "report/"),
            S3Artifact(name="tgz-file", path="/out/hello.txt", key="file.tgz"),
            S3Artifact(name="tgz-dir", path="/out", key="dir.tgz"),
        ],
    ):
        setup = ContainerNode(
            name="setup", image="argoproj/argosay:v2", command=["sh", "-c"], args=["mkdir -p /out/assets\n"]
        )
        setup >> ContainerNode(name="gnuplot", image="remuslazar/gnuplot", args=["-e", PLOT])
        setup >> ContainerNode(
            name="main", image="argoproj/argosay:v2", command=["sh", "-c"], args=[WRITE_FILES]
        )
