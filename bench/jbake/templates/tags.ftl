<!DOCTYPE html><html><body><h1>${tag}</h1><#list tag_posts as post><a href="${post.uri}">${post.title}</a></#list></body></html>
