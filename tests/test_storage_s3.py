"""Media on S3 (website/storage.py), against moto's S3 server on loopback: images and renditions are
public, documents private and only served, through Wagtail's serve view, to those allowed."""

import io
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import boto3
import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories.news import make_document, make_image

BUCKET = "test-media"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("moto_server")), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client(
        "s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="k", aws_secret_access_key="s"
    )
    try:
        for _ in range(200):
            try:
                client.create_bucket(Bucket=BUCKET)
                break
            except Exception:  # noqa: BLE001 - the server is still starting
                time.sleep(0.1)
        yield endpoint, client
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def s3_media(settings, s3_endpoint):
    endpoint, client = s3_endpoint
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "website.storage.MediaStorage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": endpoint,
                "region_name": "us-east-1",
                "access_key": "k",
                "secret_key": "s",
                "querystring_auth": False,
                "file_overwrite": False,
            },
        },
    }
    settings.WAGTAILDOCS_SERVE_METHOD = "serve_view"
    return endpoint, client


def anonymous_status(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def keys(client):
    return [item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


@pytest.mark.django_db
def test_an_image_and_its_rendition_land_in_the_bucket_and_anyone_can_fetch_them(s3_media):
    endpoint, client = s3_media
    image = make_image("Bucket image")
    rendition = image.get_rendition("fill-32x18")
    assert f"original_images/{Path(image.file.name).name}" in keys(client)
    assert rendition.file.name in keys(client)
    assert rendition.url.startswith(f"{endpoint}/{BUCKET}/images/")
    status, body = anonymous_status(rendition.url)
    assert status == 200
    from PIL import Image

    assert Image.open(io.BytesIO(body)).size == (32, 18)
    assert anonymous_status(image.file.url)[0] == 200


@pytest.mark.django_db
def test_a_document_stays_private_in_the_bucket_and_is_served_by_the_site(s3_media, client):
    _endpoint, client_s3 = s3_media
    document = make_document("Bucket report", data=b"%PDF-1.4\nbucket report")
    assert document.file.name in keys(client_s3)
    assert anonymous_status(document.file.url)[0] == 403
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4\nbucket report"


@pytest.mark.django_db
def test_a_document_in_a_private_collection_is_served_only_to_a_logged_in_user(s3_media, client, admin_user):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Iekšējie dokumenti")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    assert restriction.pk
    document = get_document_model()(title="Internal", collection=private)
    document.file.save("internal.pdf", ContentFile(b"%PDF-1.4\ninternal"), save=True)

    anonymous = client.get(document.url)
    assert anonymous.status_code == 302
    assert "login" in anonymous["Location"]

    client.force_login(admin_user)
    allowed = client.get(document.url)
    assert allowed.status_code == 200
    assert b"".join(allowed.streaming_content) == b"%PDF-1.4\ninternal"
