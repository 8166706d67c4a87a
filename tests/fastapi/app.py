"""A small pet store written with FastAPI, for tests/fastapi.rs.

The test dumps this app's OpenAPI 3.1 document (`app.openapi()`), generates a
Rust client from it, serves the app with uvicorn on 127.0.0.1 and calls every
operation through the client. The forms are the ones real services use: path,
query and header parameters; a JSON body with nested models and `Optional`
fields; an enum; a discriminated union; a list endpoint with a cursor; a 201,
a 204, a 404 with an error model, and FastAPI's own 422 validation error.

State is in memory and starts empty each time the server starts.
"""

from datetime import datetime, timezone
from enum import Enum
from typing import Annotated, Literal, Optional, Union

from fastapi import FastAPI, Header, Path, Query, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

app = FastAPI(
    title="Pet store",
    summary="A FastAPI test service",
    version="1.0.0",
)


class Species(str, Enum):
    dog = "dog"
    cat = "cat"
    bird = "bird"


class Address(BaseModel):
    street: str
    city: str
    postcode: Optional[str] = None


class Owner(BaseModel):
    name: str
    email: Optional[str] = None
    address: Optional[Address] = None


class Card(BaseModel):
    kind: Literal["card"]
    last4: str = Field(min_length=4, max_length=4)


class Cash(BaseModel):
    kind: Literal["cash"]
    currency: str


Payment = Annotated[Union[Card, Cash], Field(discriminator="kind")]


class PetIn(BaseModel):
    name: str = Field(min_length=1, description="The pet's name.")
    species: Species
    age: Optional[int] = Field(default=None, ge=0)
    tags: list[str] = []
    owner: Optional[Owner] = None
    payment: Payment
    deposit: Optional[Payment] = None


class Pet(PetIn):
    id: int
    created_at: datetime
    request_id: Optional[str] = None


class PetPatch(BaseModel):
    """Absent fields are unchanged; `null` clears a field that may be empty."""

    name: Optional[str] = Field(default=None, min_length=1)
    age: Optional[int] = Field(default=None, ge=0)
    owner: Optional[Owner] = None


class PetPage(BaseModel):
    items: list[Pet]
    cursor: Optional[str] = Field(description="The next page's cursor; null on the last page.")


class NotFound(BaseModel):
    message: str
    pet_id: int


PETS: dict[int, Pet] = {}
NEXT_ID = [1]


def not_found(pet_id: int) -> JSONResponse:
    body = NotFound(message=f"no pet {pet_id}", pet_id=pet_id)
    return JSONResponse(status_code=404, content=body.model_dump())


@app.post("/pets", status_code=201, response_model=Pet, operation_id="createPet", tags=["pets"])
def create_pet(
    pet: PetIn,
    x_request_id: Annotated[Optional[str], Header()] = None,
) -> Pet:
    pet_id = NEXT_ID[0]
    NEXT_ID[0] += 1
    stored = Pet(
        **pet.model_dump(),
        id=pet_id,
        created_at=datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
        request_id=x_request_id,
    )
    PETS[pet_id] = stored
    return stored


@app.get("/pets", response_model=PetPage, operation_id="listPets", tags=["pets"])
def list_pets(
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    cursor: Optional[str] = None,
    species: Optional[Species] = None,
) -> PetPage:
    ids = sorted(i for i, p in PETS.items() if species is None or p.species == species)
    start = int(cursor) if cursor else 0
    page = ids[start : start + limit]
    more = start + limit < len(ids)
    return PetPage(items=[PETS[i] for i in page], cursor=str(start + limit) if more else None)


@app.get(
    "/pets/{pet_id}",
    response_model=Pet,
    responses={404: {"model": NotFound, "description": "No such pet."}},
    operation_id="getPet",
    tags=["pets"],
)
def get_pet(pet_id: Annotated[int, Path(ge=1)]):
    if pet_id not in PETS:
        return not_found(pet_id)
    return PETS[pet_id]


@app.patch(
    "/pets/{pet_id}",
    response_model=Pet,
    responses={404: {"model": NotFound, "description": "No such pet."}},
    operation_id="updatePet",
    tags=["pets"],
)
def update_pet(pet_id: Annotated[int, Path(ge=1)], patch: PetPatch):
    if pet_id not in PETS:
        return not_found(pet_id)
    pet = PETS[pet_id].model_copy(update=patch.model_dump(exclude_unset=True))
    PETS[pet_id] = pet
    return pet


@app.delete(
    "/pets/{pet_id}",
    status_code=204,
    response_class=Response,
    responses={404: {"model": NotFound, "description": "No such pet."}},
    operation_id="deletePet",
    tags=["pets"],
)
def delete_pet(pet_id: Annotated[int, Path(ge=1)]):
    if PETS.pop(pet_id, None) is None:
        return not_found(pet_id)
    return Response(status_code=204)
