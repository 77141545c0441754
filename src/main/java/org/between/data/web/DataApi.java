package org.between.data.web;

import java.io.IOException;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.between.accounts.CurrentUser;
import org.between.data.DataDeletion;
import org.between.data.DataExport;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md "data": the export, the deletion and its restore. Only ever about {@code me}.
 */
@RestController
@Tag(name = "data")
class DataApi {

	private final DataExport export;

	private final DataDeletion deletion;

	DataApi(DataExport export, DataDeletion deletion) {
		this.export = export;
		this.deletion = deletion;
	}

	@GetMapping("/api/v1/me/export")
	@Operation(summary = "Everything you own in Between, as a zip",
			description = "data.json (every module's rows of yours, your writing decrypted; schema in "
					+ "docs/export.md), checkins.csv and measures.fhir.json (clients), summary.pdf. Streamed as it is "
					+ "written. A therapist's export holds their own data only.")
	@ApiResponse(responseCode = "200", description = "the zip",
			content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
	void export(@AuthenticationPrincipal CurrentUser me, HttpServletResponse response) throws IOException {
		zip(this.export, me, response);
	}

	/**
	 * Writes the zip straight into the response on the request's own thread (no async
	 * dispatch: the sign-in stays the request's), flushed as each part is written.
	 */
	static void zip(DataExport export, CurrentUser me, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.OK.value());
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(export.fileName()).build().toString());
		export.write(me, response.getOutputStream());
		response.flushBuffer();
	}

	@DeleteMapping("/api/v1/me")
	@Operation(summary = "Delete your account (after a grace period)",
			description = "Sign-in is refused at once and every token and session ends; after "
					+ "between.data.deletion-grace-days (7) every row of yours is erased. POST /api/v1/accounts/restore "
					+ "undoes it until then. 403: wrong password (nothing changes). 409: a deletion is already pending, "
					+ "or you are a therapist with linked clients (end or hand over each link first).")
	@ApiResponse(responseCode = "202", description = "deletion pending; eraseAfter says when")
	@ApiResponse(responseCode = "403", description = "wrong password",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "already pending, or linked clients",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<Pending> delete(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody PasswordBody body,
			HttpServletRequest request) {
		Instant eraseAfter = this.deletion.request(me, body.password(), request.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Pending(eraseAfter));
	}

	@PostMapping("/api/v1/accounts/restore")
	@SecurityRequirements
	@Operation(summary = "Undo a pending deletion (public)",
			description = "Within the grace period: 200 and the account is as it was (sign in again). "
					+ "401: wrong e-mail or password. 404: nothing pending, or the grace period is over.")
	@ApiResponse(responseCode = "200", description = "restored")
	@ApiResponse(responseCode = "404", description = "nothing to restore",
			content = @Content(mediaType = "application/problem+json"))
	Restored restore(@Valid @RequestBody RestoreBody body, HttpServletRequest request) {
		this.deletion.restore(body.email(), body.password(), request.getRemoteAddr());
		return new Restored(true);
	}

	record PasswordBody(@NotNull @Size(max = 1000) String password) {

		@Override
		public String toString() {
			return "PasswordBody[hidden]";
		}

	}

	record RestoreBody(@NotNull @Size(max = 254) String email, @NotNull @Size(max = 1000) String password) {

		@Override
		public String toString() {
			return "RestoreBody[hidden]";
		}

	}

	record Pending(Instant eraseAfter) {
	}

	record Restored(boolean restored) {
	}

}
